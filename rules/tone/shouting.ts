/**
 * tone/shouting: words and sentences in capitals, and stacked exclamation marks, in the body and the
 * subject. Not shouting: acronyms and codes (USD, IBAN, CFDI, INV-2041), short words of four letters
 * or fewer standing alone (VAT, NIT) and upper-case names that appear in the signature.
 */
import type { Analysis } from '../core/analysis.ts';
import type { Span } from '../core/document.ts';
import type { Rule } from '../core/rule.ts';
import { LANGUAGES } from '../core/types.ts';
import { toneLexicon, type ToneLexicon } from './lexicon.ts';
import { overlaps, signatureLines, toneContext } from './context.ts';

const CAPS_WORD = /(?<![\p{L}\p{N}_])\p{Lu}[\p{Lu}\p{M}]+(?![\p{L}\p{N}_])/gu;
const EXCLAMATIONS = /[!¡]{2,}/g;

interface Word extends Span {
  text: string;
}

/** Upper-case words in the signature block (see `signatureLines`): names of the sender, not shouting. */
function signatureNames(a: Analysis): Set<string> {
  const names = new Set<string>();
  for (const { text: line } of signatureLines(a)) {
    if (line.split(/\s+/).length > 14) continue;
    for (const m of line.matchAll(CAPS_WORD)) names.add(m[0]);
  }
  return names;
}

function isAcronym(w: Word, a: Analysis, lex: ToneLexicon, names: Set<string>): boolean {
  if (lex.acronyms.has(w.text) || names.has(w.text)) return true;
  const before = a.text[w.start - 1] ?? '';
  const after = a.text[w.end] ?? '';
  // Codes: INV-2041, FE-88412, A-7731, CW-2026-0612, S.A.S., TP.HCM.
  if (/[-_/.#\d]/.test(after) && /[\p{L}\d]/u.test(a.text[w.end + 1] ?? '')) return true;
  if (/[-_/.\d]/.test(before) && /[\p{L}\d]/u.test(a.text[w.start - 2] ?? '')) return true;
  return false;
}

/** Whole line in capitals without "!" (a heading, a letterhead, a Vietnamese-style title or subject): barely shouting. */
function headingLine(a: Analysis, w: Word): boolean {
  const ls = a.text.lastIndexOf('\n', w.start - 1) + 1;
  const le = a.text.indexOf('\n', w.end);
  const line = a.text.slice(ls, le < 0 ? a.text.length : le);
  return !/\p{Ll}/u.test(line) && !/[!¡]/.test(line);
}

/** Company names and addressees in capitals ("Kính gửi: CÔNG TY TNHH MINH PHÁT", "ACME LTD"). */
const COMPANY = /(?<![\p{L}])(TNHH|JSC|CÔNG TY|CTY|LTD|LLC|INC|CORP|PLC|GMBH|S\.?A\.?S?\.?|S\.?L\.?U?\.?|S\.?R\.?L\.?|SPA|LTDA|E\.?I\.?R\.?L\.?|DE C\.?V\.?)(?![\p{L}])/u;
const ADDRESSEE = /(kính gửi|gửi|dear|attn|attention|to|estimad[oa]s?|señor(es|a)?|sr\.?|sra\.?|cliente|khách hàng|công ty|company|empresa|razón social|account( name)?|cuenta|tài khoản|chủ tài khoản|beneficiario|titular)\s*:?\s*$/iu;

function isName(a: Analysis, run: Span): boolean {
  const ls = a.text.lastIndexOf('\n', run.start - 1) + 1;
  const le = a.text.indexOf('\n', run.end);
  const around = a.text.slice(Math.max(ls, run.start - 12), Math.min(le < 0 ? a.text.length : le, run.end + 12));
  return COMPANY.test(around) || ADDRESSEE.test(a.text.slice(ls, run.start));
}

function sentenceCase(s: string, startOfLine: boolean): string {
  const lower = s.toLowerCase();
  return startOfLine ? lower.replace(/\p{L}/u, (c) => c.toUpperCase()) : lower;
}

export const shouting: Rule = {
  meta: {
    id: 'tone/shouting',
    severity: 'warning',
    languages: LANGUAGES,
    description: 'Capitals or stacked exclamation marks read as shouting.',
    docs:
      'Words or sentences in capitals ("PAY NOW", "HOY MISMO", "THANH TOÁN NGAY") and "!!!" or "¡¡¡" read as ' +
      'shouting, in the subject as much as in the body. Acronyms, currency codes, tax ids and invoice numbers ' +
      '(USD, IBAN, CFDI, INV-2041), short words of four letters or fewer standing alone and an upper-case company ' +
      'or account name that also appears in the signature are not shouting. Write in normal case, with one full stop.',
    examples: {
      en: { bad: 'PAY THE BALANCE TODAY!!!', good: 'Please pay the balance by 14 June 2026.' },
      es: { bad: '¡¡¡FACTURA IMPAGADA!!! PAGUE YA', good: 'Factura pendiente de pago' },
      vi: { bad: 'NỢ QUÁ HẠN – THANH TOÁN NGAY!!!', good: 'Thông báo hóa đơn quá hạn thanh toán' },
    },
    fixable: true,
  },
  check(ctx) {
    const a = ctx.analysis;
    const lex = toneLexicon(ctx.lang);
    const tc = toneContext(a, lex);
    const names = signatureNames(a);
    const words: Word[] = [];
    for (const m of a.text.matchAll(CAPS_WORD)) {
      const w: Word = { start: m.index, end: m.index + m[0].length, text: m[0] };
      // Amounts in words are often in capitals in legal letters ("MIL DOSCIENTOS EUROS").
      if (overlaps(w, tc.code) || overlaps(w, a.amounts) || isAcronym(w, a, lex, names)) continue;
      words.push(w);
    }
    // Runs: capital words on one line with no lower-case letter between them.
    const runs: Word[][] = [];
    for (const w of words) {
      const run = runs[runs.length - 1];
      const prev = run?.[run.length - 1];
      if (prev && !/[\p{Ll}\n]/u.test(a.text.slice(prev.end, w.start))) run!.push(w);
      else runs.push([w]);
    }
    for (const run of runs) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const letters = run.reduce((n, w) => n + w.text.length, 0);
      if (run.length === 1 && first.text.length <= 4) continue;
      if (letters < 5) continue;
      if (isName(a, { start: first.start, end: last.end })) continue;
      const text = a.text.slice(first.start, last.end);
      const heading = headingLine(a, first);
      const lineStart = a.text.lastIndexOf('\n', first.start - 1) + 1;
      const startOfSentence = /^[\s¡¿"'(\-–—:]*$/.test(a.text.slice(lineStart, first.start)) || /[.!?]\s*$/.test(a.text.slice(Math.max(0, first.start - 3), first.start));
      const weight = heading ? 0.2 : Math.min(1, 0.25 + 0.15 * run.length);
      const replacement = sentenceCase(text, startOfSentence);
      ctx.report({
        start: first.start,
        end: last.end,
        message: `"${text}" is in capitals and reads as shouting: write it in normal case.`,
        suggestions: [{ text: replacement, description: `Replace with: ${replacement}` }],
        fixable: true,
        note: lex.data.shouting.note,
        weight,
        severity: heading ? 'info' : undefined,
      });
    }
    for (const m of a.text.matchAll(EXCLAMATIONS)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (overlaps(span, tc.code)) continue;
      const inverted = m[0].startsWith('¡');
      const replacement = inverted ? '' : lex.data.shouting['exclamation-suggestion'];
      ctx.report({
        ...span,
        message: `"${m[0]}" reads as shouting: use ${inverted ? 'no opening mark' : 'a single full stop'}.`,
        suggestions: [{ text: replacement, description: inverted ? 'Remove the marks' : `Replace with "${replacement}"` }],
        fixable: true,
        note: lex.data.shouting.note,
        weight: inverted ? 0.2 : 0.4,
      });
    }
  },
};
