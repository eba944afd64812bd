/**
 * quality/length — an email far longer than its stage needs. Word counts per stage (prose words;
 * placeholders, links and numbers are not counted; Vietnamese syllables are divided by 1.4 to
 * compare with words):
 *
 *   stage         info above   warning above
 *   before-due    150          250
 *   due           180          300
 *   overdue       220          350
 *   collection    280          450
 *   final-demand  450          700
 *   (unknown)     300          500
 */
import type { Rule } from '../core/rule.ts';
import type { Stage } from '../core/types.ts';
import { proseWords, wordCountUpperBound } from './words.ts';

export const LENGTH_LIMITS: Record<Stage | 'unknown', [number, number]> = {
  'before-due': [150, 250],
  due: [180, 300],
  overdue: [220, 350],
  collection: [280, 450],
  'final-demand': [450, 700],
  unknown: [300, 500],
};

export const length: Rule = {
  meta: {
    id: 'quality/length',
    severity: 'info',
    languages: ['en', 'es', 'vi'],
    description: 'The email is far longer than its stage needs.',
    docs:
      'A reminder is read on a phone, between other emails: the longer it is, the less likely the amount, the due date and the request are seen. A friendly heads-up needs a few sentences; a formal demand needs complete details but still fits a page. Limits in prose words (info / warning): before-due 150 / 250, due 180 / 300, overdue 220 / 350, collection 280 / 450, final-demand 450 / 700, unknown stage 300 / 500. Vietnamese syllables count as 1/1.4 word.',
    examples: {
      en: { good: 'A five-sentence due-date reminder.', bad: 'A 400-word due-date reminder retelling the contract.' },
      es: { good: 'Un recordatorio de vencimiento de cinco frases.', bad: 'Un recordatorio de 400 palabras que repite el contrato.' },
      vi: { good: 'Thư nhắc đến hạn gồm năm câu.', bad: 'Thư nhắc đến hạn dài 600 âm tiết, nhắc lại toàn bộ hợp đồng.' },
    },
  },
  check(ctx) {
    const factor = ctx.lang === 'vi' ? 1 / 1.4 : 1;
    const [soft, hard] = LENGTH_LIMITS[ctx.stage ?? 'unknown'];
    // Most emails are within the limit even counting every word token: no need to tell prose from codes.
    if (Math.round(wordCountUpperBound(ctx.analysis.text, ctx.analysis.doc.bodyStart) * factor) <= soft) return;
    const words = proseWords(ctx.analysis).filter((w) => w.start >= ctx.analysis.doc.bodyStart);
    const count = Math.round(words.length * factor);
    if (count <= soft) return;
    const limitWord = words[Math.min(words.length - 1, Math.ceil(soft / factor))]!;
    const sentence = ctx.analysis.sentenceAt(limitWord.start) ?? { start: limitWord.start, end: limitWord.end };
    ctx.report({
      start: sentence.start,
      end: sentence.end,
      severity: count > hard ? 'warning' : 'info',
      message: `${count} words: long for a ${ctx.stage ?? 'reminder'} email (aim for at most ${soft}); shorten it so the amount, due date and request stand out`,
    });
  },
};
