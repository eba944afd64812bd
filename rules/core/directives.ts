/**
 * Inline control comments, read from the source (the projection masks comments out):
 *
 *   tactful-disable [ids]            from this line on (until tactful-enable)
 *   tactful-enable [ids]             ends a disable
 *   tactful-disable-line [ids]       this line only
 *   tactful-disable-next-line [ids]  the next line that has text
 *
 * written in the comment syntax of the template's format — `<!-- … -->`, `{{!-- … --}}`, `{{! … }}`,
 * `{# … #}`, `{% comment %}…{% endcomment %}`, `{%# … %}` — or, in any file, on a line of its own
 * starting with `#` or `//`. Ids are rule ids (`tone/shouting`) or families (`tone`, `tone/*`),
 * separated by commas or spaces; none means every rule.
 */
import type { LintMessage } from './types.ts';

type Kind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: Kind;
  /** Empty: every rule. */
  ids: string[];
  /** 1-based line of the comment. */
  line: number;
}

const BODY = String.raw`tactful-(disable-next-line|disable-line|disable|enable)\b([^\n]*?)`;
const COMMENTS: RegExp[] = [
  new RegExp(String.raw`<!--\s*${BODY}\s*-->`, 'g'),
  new RegExp(String.raw`\{\{~?!(?:--)?\s*${BODY}\s*(?:--)?~?\}\}`, 'g'),
  new RegExp(String.raw`\{#-?\s*${BODY}\s*-?#\}`, 'g'),
  new RegExp(String.raw`\{%-?\s*comment\s*-?%\}\s*${BODY}\s*\{%-?\s*endcomment\s*-?%\}`, 'g'),
  new RegExp(String.raw`\{%-?\s*#\s*${BODY}\s*-?%\}`, 'g'),
  new RegExp(String.raw`^[ \t]*(?:#|//)[ \t]*${BODY}[ \t]*$`, 'gm'),
];

/** A plain-text directive line (`# tactful-disable`), which the projection hides like a comment. */
export const PLAIN_DIRECTIVE_LINE = /^[ \t]*(?:#|\/\/)[ \t]*tactful-(?:disable|enable)[^\n]*$/gm;

export function parseDirectives(source: string): Directive[] {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const found: Array<Directive & { offset: number }> = [];
  for (const re of COMMENTS) {
    for (const m of source.matchAll(re)) {
      const ids = (m[2] ?? '')
        .replace(/--\s*$/, '')
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      found.push({ kind: m[1] as Kind, ids, line: lineOf(m.index), offset: m.index });
    }
  }
  return found.sort((a, b) => a.offset - b.offset).map(({ offset: _o, ...d }) => d);
}

function matches(ids: string[], ruleId: string): boolean {
  if (!ids.length) return true;
  return ids.some((id) => {
    const family = id.replace(/\/\*$/, '');
    return id === ruleId || (!family.includes('/') && ruleId.startsWith(`${family}/`));
  });
}

/** Drops the messages that inline directives turn off. `lines` are the source's lines. */
export function applyDirectives<M extends Pick<LintMessage, 'ruleId' | 'line'>>(messages: M[], source: string): M[] {
  if (!source.includes('tactful-')) return messages;
  const directives = parseDirectives(source);
  if (!directives.length) return messages;
  const lines = source.split('\n');
  const directiveLines = new Set(directives.map((d) => d.line));
  const nextTextLine = (line: number) => {
    for (let l = line + 1; l <= lines.length; l++) if (lines[l - 1]!.trim() && !directiveLines.has(l)) return l;
    return line + 1;
  };
  return messages.filter((m) => {
    // Later directives win: replay the disable/enable regions up to the message's line.
    let disabledAll = false;
    const disabled = new Set<string>();
    const enabled = new Set<string>();
    for (const d of directives) {
      if (d.kind === 'disable-line' && d.line === m.line && matches(d.ids, m.ruleId)) return false;
      if (d.kind === 'disable-next-line' && nextTextLine(d.line) === m.line && matches(d.ids, m.ruleId)) return false;
      if (d.line > m.line) continue;
      if (d.kind === 'disable') {
        if (!d.ids.length) {
          disabledAll = true;
          enabled.clear();
        } else if (matches(d.ids, m.ruleId)) {
          disabled.add(m.ruleId);
          enabled.delete(m.ruleId);
        }
      } else if (d.kind === 'enable') {
        if (!d.ids.length) {
          disabledAll = false;
          disabled.clear();
          enabled.clear();
        } else if (matches(d.ids, m.ruleId)) {
          disabled.delete(m.ruleId);
          enabled.add(m.ruleId);
        }
      }
    }
    return !(disabled.has(m.ruleId) || (disabledAll && !enabled.has(m.ruleId)));
  });
}
