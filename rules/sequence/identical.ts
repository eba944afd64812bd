/**
 * sequence/identical — two stages of one reminder sequence with the same (or nearly the same)
 * text. Identical reminders are ignored by customers and filtered as spam; several invoicing tools
 * ship one text for every reminder.
 */
import { libraryRule } from '../library/types.ts';
import { comparableWords, similarity } from '../library/signals.ts';
import { stageOf } from '../library/group.ts';

export const identical = libraryRule(
  {
    id: 'sequence/identical',
    severity: 'warning',
    languages: ['en', 'es', 'vi'],
    description: 'Two stages of one reminder sequence have the same or nearly the same text.',
    docs:
      'A sequence escalates: a friendly heads-up, a reminder on the due date, a firm follow-up, a serious collection notice, a formal demand. When two stages send the same words the customer learns to ignore them, and mail filters file the repeats as spam. The rule compares the body of every pair of stages of one sequence (same template family and language) after normalising case, spacing and placeholders, and reports pairs whose word-bigram similarity is at least 0.9 (configurable).',
    examples: {
      en: { good: 'due: "A friendly reminder…" / overdue: "Invoice 311 is now 14 days overdue…"', bad: 'due and overdue both: "This is a reminder that invoice 311 is due."' },
      es: { good: 'due: "Le recordamos…" / overdue: "La factura 311 está vencida desde hace 14 días…"', bad: 'due y overdue con el mismo texto' },
      vi: { good: 'due: "Xin nhắc Quý khách…" / overdue: "Hóa đơn 311 đã quá hạn 14 ngày…"', bad: 'due và overdue giống hệt nhau' },
    },
  },
  (ctx) => {
    for (const seq of ctx.sequences) {
      const words = seq.entries.map((e) => comparableWords(e.analysis));
      for (let j = 1; j < seq.entries.length; j++) {
        for (let i = 0; i < j; i++) {
          const sim = similarity(words[i]!, words[j]!);
          if (sim < ctx.settings.identicalThreshold) continue;
          const a = seq.entries[i]!;
          const b = seq.entries[j]!;
          ctx.report({
            entry: b,
            related: a,
            message: `the ${stageOf(b)} stage is ${sim >= 0.999 ? 'identical' : `${Math.round(sim * 100)}% the same as`}${sim >= 0.999 ? ' to' : ''} the ${stageOf(a)} stage (${a.file}): customers ignore repeated reminders and filters mark them as spam`,
            note: 'Make each stage say something new: the days overdue, the next step, an offer to agree a plan.',
          });
          break;
        }
      }
    }
  },
);
