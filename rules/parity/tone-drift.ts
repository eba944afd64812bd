/**
 * parity/tone-drift — a translation harsher than its source: a higher tone label, a lower tone
 * score, tone findings only the variant has, or escalation the source does not make (legal action,
 * late fees, suspension, a collection agency). Akaunting 1.x's Mexican Spanish reminder threatens
 * suspension and collection costs its English source never mentions.
 */
import type { ToneLabel } from '../core/types.ts';
import { libraryRule } from '../library/types.ts';
import { escalationCues } from '../library/signals.ts';
import { eachPair, label } from './pairs.ts';

const RANK: Record<ToneLabel, number> = { polite: 0, firm: 1, aggressive: 2 };
const CATEGORY: Record<string, string> = {
  urgency: 'demands immediate payment',
  demand: 'makes demands or warnings',
  blame: 'blames the customer',
  fees: 'mentions late fees, interest or penalties',
  suspension: 'threatens to suspend the service or supplies',
  credit: 'mentions credit reporting',
  agency: 'mentions a collection agency or lawyers',
  legal: 'mentions legal action',
};

export const toneDrift = libraryRule(
  {
    id: 'parity/tone-drift',
    severity: 'warning',
    languages: ['en', 'es', 'vi'],
    description: 'A translated variant is harsher than its source.',
    docs:
      'Translators sharpen reminders without meaning to: a polite English request becomes a demand, or a Spanish variant adds suspension of service and collection costs the source never mentions. The rule compares each variant with its source: a higher tone label (polite < firm < aggressive), a tone score lower by more than the configured threshold (0.3), tone findings the source does not have, and escalation wording (legal action, fees, suspension, credit reporting, collection agencies, demands for immediate payment) the source does not use. A variant softer than its source is not reported.',
    examples: {
      en: { good: 'en "Please pay by 30 November." → es "Le rogamos que pague antes del 30 de noviembre."', bad: 'en "Please pay by 30 November." → es "Pague de inmediato o suspenderemos el servicio."' },
      es: { good: 'es "Le agradeceríamos el pago" for en "We would appreciate payment"', bad: 'es "Exigimos el pago inmediato" for en "We would appreciate payment"' },
      vi: { good: 'vi "Kính mong Quý khách thanh toán" for en "Please pay"', bad: 'vi "Yêu cầu thanh toán ngay lập tức, nếu không chúng tôi sẽ khởi kiện" for en "Please pay"' },
    },
  },
  (ctx) => {
    eachPair(ctx, (source, variant) => {
      const s = source.report.tone;
      const v = variant.report.tone;
      // Labels and scores depend on the stage: compare them only within one stage (an aggressive
      // variant is reported whatever the stages).
      const sameStage = source.stage === variant.stage;
      if (RANK[v.label] > RANK[s.label] && (sameStage || v.label === 'aggressive')) {
        ctx.report({ entry: variant, related: source, message: `tone is ${v.label} here but ${s.label} in the source (${label(source)})` });
      } else if (sameStage && s.score - v.score > ctx.settings.toneDriftThreshold) {
        ctx.report({
          entry: variant,
          related: source,
          message: `tone score ${v.score.toFixed(2)} is lower than the source's ${s.score.toFixed(2)} (${label(source)}): the translation is harsher`,
        });
      }
      const sourceTone = new Set(source.report.messages.filter((m) => m.ruleId.startsWith('tone/')).map((m) => m.ruleId));
      const seen = new Set<string>();
      const spans: Array<[number, number]> = [];
      for (const m of variant.report.messages) {
        if (!m.ruleId.startsWith('tone/') || sourceTone.has(m.ruleId) || seen.has(m.ruleId)) continue;
        seen.add(m.ruleId);
        const p = variant.analysis.doc.projection;
        spans.push([p.fromSource(m.range[0]), p.fromSource(m.range[1])]);
        ctx.report({
          entry: variant,
          start: p.fromSource(m.range[0]),
          end: p.fromSource(m.range[1]),
          related: source,
          message: `${m.ruleId} only in this variant, not in the source (${label(source)}): ${m.message}`,
        });
      }
      const sourceCats = new Set(escalationCues(source.analysis).map((c) => c.category));
      const reported = new Set<string>();
      for (const cue of escalationCues(variant.analysis)) {
        if (sourceCats.has(cue.category) || reported.has(cue.category)) continue;
        if (spans.some(([a, b]) => cue.start < b && cue.end > a)) continue; // already said by the tone finding
        reported.add(cue.category);
        ctx.report({
          entry: variant,
          start: cue.start,
          end: cue.end,
          related: source,
          message: `this variant ${CATEGORY[cue.category]} ("${cue.text}"); the source (${label(source)}) does not`,
          note: 'A translation should be as firm as its source, not firmer: escalate in the stage, not in the language.',
        });
      }
    });
  },
);
