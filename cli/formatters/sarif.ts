/**
 * `--format sarif`: SARIF 2.1.0 for code scanning. `tool.driver.rules` is built from each rule's
 * `meta` (description, docs, examples per language); results carry locations and, for fixable
 * findings, the fix as a replacement.
 */
import type { Log, ReportingDescriptor, Result, Notification } from 'sarif';
import { pathToFileURL } from 'node:url';
import { allRules, type LintMessage, type RuleMeta, type Severity } from '../../rules/index.ts';
import type { FileResult } from '../types.ts';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };
const LANGUAGE_NAMES = { en: 'English', es: 'Spanish', vi: 'Vietnamese' } as const;

function helpMarkdown(meta: RuleMeta): string {
  const examples = Object.entries(meta.examples).map(
    ([lang, ex]) => `**${LANGUAGE_NAMES[lang as keyof typeof LANGUAGE_NAMES] ?? lang}**\n\n- Good: ${ex!.good}\n- Bad: ${ex!.bad}`,
  );
  return [meta.docs, ...examples].join('\n\n');
}

export function ruleDescriptor(meta: RuleMeta): ReportingDescriptor {
  return {
    id: meta.id,
    name: meta.id.replace(/(^|[/-])(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.docs },
    help: { text: meta.docs, markdown: helpMarkdown(meta) },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: [meta.id.split('/')[0]!, ...meta.languages], languages: [...meta.languages], fixable: !!meta.fixable },
  };
}

/** SARIF wants URIs: a path relative to the working directory, or a file: URI outside it. */
function artifactUri(r: FileResult): { uri: string; uriBaseId?: string } {
  if (r.file === r.path) return { uri: pathToFileURL(r.path).href };
  return { uri: r.file.split('\\').join('/').split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export function formatSarif(results: FileResult[], options: { version: string; cwd: string }): string {
  const rules = allRules.map((r) => ruleDescriptor(r.meta));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults: Result[] = [];
  const notifications: Notification[] = [];
  for (const r of results) {
    const location = artifactUri(r);
    if (!r.report) {
      notifications.push({
        level: 'error',
        message: { text: `${r.file}: ${r.error}` },
        locations: [{ physicalLocation: { artifactLocation: location } }],
      });
      continue;
    }
    for (const m of r.report.messages) sarifResults.push(toResult(m, location, index.get(m.ruleId)));
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'tactful', version: options.version, semanticVersion: options.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd.endsWith('/') ? options.cwd : `${options.cwd}/`).href } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function toResult(m: LintMessage, artifactLocation: { uri: string; uriBaseId?: string }, ruleIndex: number | undefined): Result {
  const result: Result = {
    ruleId: m.ruleId,
    level: LEVEL[m.severity],
    message: { text: m.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: {
            startLine: m.line,
            startColumn: m.column,
            endLine: m.endLine,
            endColumn: m.endColumn,
            charOffset: m.range[0],
            charLength: m.range[1] - m.range[0],
          },
        },
      },
    ],
  };
  if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
  const fix = m.suggestions[0];
  if (m.fixable && fix) {
    result.fixes = [
      {
        description: { text: fix.description ?? `Replace with “${fix.text}”` },
        artifactChanges: [
          {
            artifactLocation,
            replacements: [{ deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] }, insertedContent: { text: fix.text } }],
          },
        ],
      },
    ];
  }
  if (m.element) result.properties = { element: m.element };
  return result;
}
