/**
 * tone/threat: consequences mentioned before the stage that allows them (DESIGN.md): late fees,
 * interest and suspension from `overdue`, collection agencies, credit reports and other
 * consequences from `collection`, legal action from `final-demand`; intimidation at every stage.
 * Negations and reassurances ("no late fee applies", "sin ninguna penalización") are not threats.
 */
import { phraseRule } from './phrase-rule.ts';

export const threat = phraseRule({
  id: 'tone/threat',
  category: 'threat',
  severity: 'error',
  description: 'Threat, or a consequence mentioned before the stage that allows it.',
  docs:
    'Each consequence has its stage (DESIGN.md): late fees, interest and suspension of service may be stated ' +
    'from the overdue notice on; collection agencies, credit reports and other consequences from the collection ' +
    'stage; legal action only in a final demand, calmly, as the next step. Mentioned earlier, they are threats ' +
    'that escalate beyond the stage; intimidation ("you will regret it") is a finding at every stage. ' +
    'Reassurances are fine: "no late fee applies", "sin ninguna penalización", "không phát sinh phí phạt". ' +
    'When the stage is unknown, stage-gated phrases are not flagged.',
  examples: {
    en: { bad: '(due) If you do not pay today, our lawyers will take legal action.', good: '(final-demand) If we receive neither payment nor a proposal within 14 days, we will refer the matter to our solicitors.' },
    es: { bad: '(vence hoy) Su expediente pasará a nuestro departamento jurídico.', good: '(vencida) Según el contrato, se causan intereses de mora a partir del día 30.' },
    vi: { bad: '(đến hạn) Chúng tôi sẽ chuyển hồ sơ cho luật sư để khởi kiện.', good: '(quá hạn) Theo Điều 5.3 hợp đồng, khoản chậm trả quá 30 ngày chịu lãi chậm trả 0,05%/ngày.' },
  },
  message: (entry, text, stage) =>
    entry.from
      ? `"${text}": ${entry.kind} ${stage ? `in a ${stage} reminder` : ''} escalates too early; DESIGN.md allows it from the ${entry.from} stage.`.replace('  ', ' ')
      : `"${text}" is ${entry.kind}: never acceptable in a reminder.`,
});
