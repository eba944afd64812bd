/**
 * quality/es-inverted-marks — Spanish questions and exclamations need their opening mark:
 * "¿Ha recibido la factura?", "¡Gracias!". Without it the sentence reads as a translation.
 */
import type { Rule } from '../core/rule.ts';
import { nonProse } from './words.ts';

export const esInvertedMarks: Rule = {
  meta: {
    id: 'quality/es-inverted-marks',
    severity: 'warning',
    languages: ['es'],
    description: 'A Spanish question or exclamation without its opening ¿ or ¡.',
    docs:
      'Spanish opens questions with ¿ and exclamations with ¡, at the start of the question itself, which may be mid-sentence ("Si ya pagó, ¿podría enviarnos el comprobante?"). A question mark with no opening mark before it in the same clause is a typo that makes the reminder look machine-translated. The suggestion inserts the mark at the start of the sentence; check where the question really starts.',
    examples: {
      es: { good: '¿Podría confirmarnos la fecha de pago?', bad: 'Podría confirmarnos la fecha de pago?' },
    },
  },
  check(ctx) {
    const a = ctx.analysis;
    const text = a.text;
    const skip = nonProse(a);
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (ch !== '?' && ch !== '!') continue;
      if (skip.some((s) => i >= s.start && i < s.end)) continue;
      if (/[?!]/.test(text[i - 1] ?? '')) continue; // "?!", "!!"
      if (/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue; // inside a token (url, code)
      const open = ch === '?' ? '¿' : '¡';
      let k = i - 1;
      let found = false;
      while (k >= 0 && !/[.!?\n]/.test(text[k]!)) {
        if (text[k] === open || (ch === '!' && text[k] === '¿') || (ch === '?' && text[k] === '¡')) {
          found = true;
          break;
        }
        k--;
      }
      if (found) continue;
      let start = k + 1;
      while (start < i && /[\s"'«“(*_-]/.test(text[start]!)) start++;
      if (i - start < 2) continue;
      const clause = text.slice(start, i);
      const simple = !/[,:;]/.test(clause);
      ctx.report({
        start,
        end: i + 1,
        message: `${ch === '?' ? 'question' : 'exclamation'} without its opening "${open}": write "${open}${clause.slice(0, 40)}${clause.length > 40 ? '…' : ''}${ch}"`,
        suggestions: [{ text: open, start, end: start, description: `Insert "${open}"` }],
        fixable: simple,
      });
    }
  },
};
