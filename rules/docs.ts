/** The rules reference (docs/rules.md), generated from each rule's meta so docs cannot drift. */
import { allRules } from './registry.ts';
import type { Rule } from './core/rule.ts';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish', vi: 'Vietnamese' };

export function rulesMarkdown(rules: readonly Rule[] = allRules): string {
  const families = new Map<string, Rule[]>();
  for (const r of rules) {
    const family = r.meta.id.split('/')[0]!;
    families.set(family, [...(families.get(family) ?? []), r]);
  }
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Generated from the rules\' meta by `npm run docs`; do not edit by hand. -->',
    '',
    '| rule | severity | languages | what it finds |',
    '|---|---|---|---|',
  ];
  for (const r of rules) {
    out.push(`| [\`${r.meta.id}\`](#${anchor(r.meta.id)}) | ${r.meta.severity} | ${r.meta.languages.join(', ')} | ${r.meta.description} |`);
  }
  for (const [family, list] of families) {
    out.push('', `## ${family}`);
    for (const r of list) {
      out.push('', `### ${r.meta.id}`, '', r.meta.docs, '');
      out.push(`Severity: \`${r.meta.severity}\`${r.meta.fixable ? ' · fixable with `--fix`' : ''}${r.meta.needsInvoice ? ' · runs when the invoice record is given' : ''}.`);
      for (const [lang, ex] of Object.entries(r.meta.examples)) {
        if (!ex) continue;
        out.push('', `${LANGUAGE_NAMES[lang] ?? lang}:`, '', `- ✗ ${ex.bad}`, `- ✓ ${ex.good}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]/g, '');
}
