/**
 * sequence/escalation — the stages of a sequence must not de-escalate: a later stage friendlier
 * than an earlier one ("just a friendly reminder" after a firm overdue notice), or an early stage
 * harsher than a later one (legal action in the due-date reminder, none in the final demand).
 */
import { STAGES } from '../core/types.ts';
import { libraryRule, type LibraryEntry } from '../library/types.ts';
import { escalationCues, softCues } from '../library/signals.ts';
import { stageOf } from '../library/group.ts';

function level(e: LibraryEntry): { level: number; cue?: { start: number; end: number; text: string } } {
  const cues = escalationCues(e.analysis);
  let best = cues[0];
  for (const c of cues) if (!best || c.level > best.level) best = c;
  const toneLevel = e.report.tone.label === 'aggressive' ? 3 : 0;
  if (best && best.level >= toneLevel) return { level: best.level, cue: best };
  return { level: toneLevel };
}

export const escalation = libraryRule(
  {
    id: 'sequence/escalation',
    severity: 'warning',
    languages: ['en', 'es', 'vi'],
    description: 'A later stage is friendlier than an earlier one, or an early stage harsher than a later one.',
    docs:
      'Each stage of a sequence should be at least as firm as the one before: friendly before the due date, firm when overdue, serious in collection, formal in the final demand (DESIGN.md stages). A sequence whose due-date reminder threatens legal action while the collection notice does not, or whose final demand opens with "just a friendly reminder", confuses the customer about how serious it is. The rule compares the escalation wording (urgency, fees, suspension, credit reporting, collection agencies, legal action — rules/locales/<lang>/library.yml) and the softening wording of the stages in order.',
    examples: {
      en: { good: 'due: "Please pay by 30 November." / collection: "We may pass the account to a collection agency."', bad: 'due: "…or we will take legal action." / collection: "Just a friendly reminder…"' },
      es: { good: 'due: "Le rogamos el pago antes del 30." / final-demand: "iniciaremos acciones legales"', bad: 'due: "iniciaremos acciones legales" / final-demand: "un recordatorio amistoso"' },
      vi: { good: 'due: "Kính mong Quý khách thanh toán" / final-demand: "chúng tôi sẽ khởi kiện"', bad: 'due: "chúng tôi sẽ khởi kiện" / final-demand: "nhắc nhở nhẹ nhàng"' },
    },
  },
  (ctx) => {
    for (const seq of ctx.sequences) {
      const info = seq.entries.map((e) => ({ e, stage: stageOf(e)!, ...level(e), soft: softCues(e.analysis) }));
      const reported = new Set<LibraryEntry>();
      for (let i = 0; i < info.length; i++) {
        for (let j = i + 1; j < info.length; j++) {
          const early = info[i]!;
          const late = info[j]!;
          if (early.level >= 2 && early.level > late.level && !reported.has(early.e)) {
            reported.add(early.e);
            ctx.report({
              entry: early.e,
              start: early.cue?.start,
              end: early.cue?.end,
              related: late.e,
              message: `the ${early.stage} stage is harsher${early.cue ? ` ("${early.cue.text}")` : ''} than the later ${late.stage} stage (${late.e.file}): escalate step by step`,
            });
          }
          const lateStage = STAGES.indexOf(late.stage);
          if (late.soft.length && !early.soft.length && lateStage >= STAGES.indexOf('overdue') && !reported.has(late.e)) {
            reported.add(late.e);
            const s = late.soft[0]!;
            ctx.report({
              entry: late.e,
              start: s.start,
              end: s.end,
              related: early.e,
              message: `the ${late.stage} stage is friendlier ("${s.text}") than the earlier ${early.stage} stage (${early.e.file}): a later reminder should be at least as firm`,
            });
          }
        }
      }
    }
  },
);
