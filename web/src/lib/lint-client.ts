/** Talking to the lint worker, and keeping a slightly stale report aligned with the text being typed. */
import type { LintMessage, Report, Stage } from '../../../rules/core/types.ts';
import { ELEMENTS } from '../../../rules/core/types.ts';
import type { LintOptions } from '../../../rules/index.ts';
import type { RuleMeta } from '../../../rules/core/rule.ts';

export interface LintRequest {
  id: number;
  body: string;
  options: LintOptions;
}

export type RuleInfo = Pick<RuleMeta, 'id' | 'severity' | 'languages' | 'description' | 'docs' | 'examples'>;

export type WorkerMessage =
  | { type: 'meta'; rules: RuleInfo[] }
  | { type: 'report'; id: number; body: string; subject: string; report: Report; ms: number };

export function emptyReport(language: string, stage: Stage | null): Report {
  return {
    language,
    stage,
    messages: [],
    elements: Object.fromEntries(ELEMENTS.map((e) => [e, false])) as Report['elements'],
    tone: { label: 'polite', score: 0 },
  };
}

/** Maps offsets in `before` to `after` when one contiguous region was edited; null inside the edit. */
export function offsetMapper(before: string, after: string): (offset: number, side: 'start' | 'end') => number | null {
  if (before === after) return (o) => o;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  return (o, side) => {
    if (o < prefix || (o === prefix && side === 'end')) return o;
    if (o > editEnd || (o === editEnd && side === 'start')) return o + delta;
    return null;
  };
}

/**
 * The findings of a report made for an earlier version of the text, moved to where they are now.
 * Findings (and suggestions) that touch the edited region are dropped until the fresh report
 * arrives, so a fix is never applied to the wrong place.
 */
export function remapMessages(messages: LintMessage[], before: { subject: string; body: string }, after: { subject: string; body: string }): LintMessage[] {
  if (before.subject === after.subject && before.body === after.body) return messages;
  const maps = { subject: offsetMapper(before.subject, after.subject), body: offsetMapper(before.body, after.body) };
  const out: LintMessage[] = [];
  for (const m of messages) {
    const map = maps[m.field === 'subject' ? 'subject' : 'body'];
    const range = mapRange(map, m.range);
    if (!range) continue;
    const suggestions = m.suggestions.flatMap((s) => {
      const r = mapRange(map, s.range);
      return r ? [{ ...s, range: r }] : [];
    });
    out.push({ ...m, range, suggestions });
  }
  return out;
}

function mapRange(map: ReturnType<typeof offsetMapper>, [s, e]: [number, number]): [number, number] | null {
  // A zero-width range (an insertion point) maps as a point.
  const start = map(s, s === e ? 'end' : 'start');
  const end = s === e ? start : map(e, 'end');
  return start === null || end === null ? null : [start, end];
}
