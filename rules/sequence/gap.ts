/** sequence/gap — a stage the sequence lacks (info): a library with a due and a final-demand reminder but nothing in between. */
import { STAGES } from '../core/types.ts';
import { libraryRule } from '../library/types.ts';
import { stageOf } from '../library/group.ts';

export const gap = libraryRule(
  {
    id: 'sequence/gap',
    severity: 'info',
    languages: ['en', 'es', 'vi'],
    description: 'A reminder sequence lacks a stage.',
    docs:
      'The five stages (before-due, due, overdue, collection, final-demand) each have a job; a sequence that jumps from a friendly due-date reminder to a formal demand skips the firm follow-up and the offer of a payment plan that recover most late payments without losing the customer. The rule lists, as info, the stages a sequence (templates of one family that differ by stage, per language) does not have. Stages before the first one present are reported too: a before-due heads-up prevents many late payments.',
    examples: {
      en: { good: 'acme/before-due, due, overdue, collection, final-demand', bad: 'acme/due and acme/final-demand only' },
      es: { good: 'acme/due.es.md, acme/overdue.es.md, acme/collection.es.md…', bad: 'acme/due.es.md y acme/final-demand.es.md' },
      vi: { good: 'acme/due.vi.md, acme/overdue.vi.md, acme/collection.vi.md…', bad: 'acme/due.vi.md và acme/final-demand.vi.md' },
    },
  },
  (ctx) => {
    for (const seq of ctx.sequences) {
      const have = new Set(seq.entries.map((e) => stageOf(e)));
      const missing = STAGES.filter((s) => !have.has(s));
      if (!missing.length) continue;
      ctx.report({
        entry: seq.entries[0]!,
        message: `sequence ${seq.name} (${seq.lang}) has no ${missing.join(', ')} stage${missing.length > 1 ? 's' : ''}`,
      });
    }
  },
);
