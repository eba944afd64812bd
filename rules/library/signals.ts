/**
 * What the library rules compare between two entries, computed from an entry's analysis:
 * placeholders (including QWeb attribute expressions), hard-coded facts, escalation and softening
 * cues, loose element cues and stopwords. Everything language-specific is data in
 * rules/locales/<lang>/library.yml.
 */
import { PhraseSet, type Match } from '../core/phrases.ts';
import type { Analysis } from '../core/analysis.ts';
import type { ElementId, Language } from '../core/types.ts';
import { ESCALATION_CATEGORIES, libraryData, type EscalationCategory } from '../locales/index.ts';
import type { Placeholder } from '../extract/placeholders.ts';
import { cues } from '../required/cues.ts';

interface Compiled {
  escalation: Array<{ category: EscalationCategory; level: number; set: PhraseSet }>;
  soft: PhraseSet;
  elements: Partial<Record<ElementId, PhraseSet>>;
  stopwords: Set<string>;
}
const cache = new Map<Language, Compiled>();
function compiled(lang: Language): Compiled {
  let c = cache.get(lang);
  if (!c) {
    const d = libraryData(lang);
    c = {
      escalation: ESCALATION_CATEGORIES.filter((k) => d.escalation[k]).map((k) => ({
        category: k,
        level: d.escalation[k]!.level,
        set: new PhraseSet(d.escalation[k]!.phrases),
      })),
      soft: new PhraseSet(d.soft),
      elements: Object.fromEntries(Object.entries(d['element-cues']).map(([k, v]) => [k, new PhraseSet(v)])),
      stopwords: new Set(d.stopwords.map((w) => w.toLowerCase())),
    };
    cache.set(lang, c);
  }
  return c;
}

const outside = (a: Analysis) => (m: Match) => !a.placeholders.some((p) => m.start < p.end && m.end > p.start);

export interface Cue extends Match {
  category: EscalationCategory;
  level: number;
}

/** Escalation wording (legal action, fees, suspension…), outside placeholders. */
export function escalationCues(a: Analysis): Cue[] {
  const out: Cue[] = [];
  for (const { category, level, set } of compiled(a.lang).escalation) {
    for (const m of set.all(a.text).filter(outside(a))) out.push({ ...m, category, level });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Softening wording ("friendly reminder", "no rush"). */
export function softCues(a: Analysis): Match[] {
  return compiled(a.lang).soft.all(a.text).filter(outside(a));
}

/**
 * Whether the text has any loose cue of an element (a translation nearly always keeps one). A
 * call-to-action cue does not count in the already-paid sentence ("le rogamos que no tenga en
 * cuenta este aviso" asks nothing of a customer who has not paid).
 */
export function hasLooseCue(a: Analysis, element: ElementId): boolean {
  const set = compiled(a.lang).elements[element];
  if (!set) return false;
  let found = set.all(a.text).filter(outside(a));
  if (element === 'call-to-action') {
    const c = cues(a.lang);
    const notAsking = [...c.alreadyPaid.all(a.text), ...c.excluded.all(a.text)].map((m) => a.sentenceAt(m.start) ?? m);
    found = found.filter((m) => !notAsking.some((s) => m.start < s.end && m.end > s.start));
  }
  return found.length > 0;
}

/** Words of a text that are stopwords of a language. */
export function stopwordCount(text: string, lang: Language): number {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const set = compiled(lang).stopwords;
  return words.filter((w) => set.has(w)).length;
}

// ---------------------------------------------------------------------------------------------
// Placeholders

export interface PlaceholderRef {
  /** Comparison key: syntax + name without white space. */
  key: string;
  raw: string;
  name: string;
  syntax: string;
  kind: string;
  /** Projected offsets (0 for attribute expressions that are not in the projection). */
  start: number;
  end: number;
}

const ATTR_EXPR = /\bt-(out|esc|raw|field|att-[\w-]+|attf-[\w-]+)\s*=\s*"([^"]*)"/g;

function simplifyExpression(expr: string): string {
  let e = expr.trim();
  e = e.split('|')[0]!.trim();
  e = e.split(/\s+(?:or|and|if|else)\s+/)[0]!.trim();
  const call = /^[\p{L}_][\p{L}\p{N}_.]*\(\s*([^,()]+)/u.exec(e);
  if (call) e = call[1]!.trim();
  return e.replace(/\s+/g, '');
}

/** Every placeholder of an entry: in the text, plus QWeb `t-out="…"` style attribute expressions. */
export function placeholderRefs(a: Analysis): PlaceholderRef[] {
  const refs: PlaceholderRef[] = a.placeholders.map((p: Placeholder) => ({
    key: `${p.syntax}:${p.name.replace(/\s+/g, '')}`,
    raw: p.raw,
    name: p.name,
    syntax: p.syntax,
    kind: p.kind,
    start: p.start,
    end: p.end,
  }));
  const src = a.doc.source;
  for (const m of src.matchAll(ATTR_EXPR)) {
    const name = simplifyExpression(m[2] ?? '');
    if (!name) continue;
    const at = a.doc.projection.fromSource(m.index);
    refs.push({ key: `attr:${m[1]}:${name}`, raw: m[0], name, syntax: `t-${m[1]}`, kind: 'other', start: at, end: at });
  }
  return refs;
}

// ---------------------------------------------------------------------------------------------
// Facts

export type FactType = 'amount' | 'date' | 'url' | 'email' | 'phone' | 'reference' | 'account';

export interface Fact {
  type: FactType;
  /** Normalised value compared between variants. */
  value: string;
  text: string;
  start: number;
  end: number;
  /** For amounts: numeric value and currency; for dates: y/m/d. */
  amount?: { value: number; currency: string };
  date?: { year: number | null; month: number; day: number };
}

const ISO = /^[A-Z]{3}$/;

export function normaliseUrl(url: string): string {
  let u = url.trim().replace(/[.,;:!?)]+$/, '').toLowerCase();
  u = u.replace(/^https?:\/\//, '').replace(/^www\./, '');
  // A localised path or query (/es/, ?lang=es, hl=vi) is the same page in another language.
  u = u.replace(/\/(en|es|vi)(?:[-_][a-z]{2})?(?=\/|$)/g, '/').replace(/[?&](lang|locale|hl|lng)=[a-z_-]+/g, '');
  return u.replace(/\/+$/, '').replace(/\/{2,}/g, '/');
}

/** Hard-coded amounts, dates, links, email addresses and phone numbers (placeholders excluded). */
export function factsOf(a: Analysis): Fact[] {
  const out: Fact[] = [];
  for (const m of a.amounts) {
    if (m.value === null) continue;
    out.push({ type: 'amount', value: String(m.value), text: m.text, start: m.start, end: m.end, amount: { value: m.value, currency: m.currency } });
  }
  for (const d of a.dates) {
    out.push({ type: 'date', value: `${d.year ?? '*'}-${d.month}-${d.day}`, text: d.text, start: d.start, end: d.end, date: { year: d.year, month: d.month, day: d.day } });
  }
  for (const u of a.urls) out.push({ type: 'url', value: normaliseUrl(u.text), text: u.text, start: u.start, end: u.end });
  for (const e of a.emails) out.push({ type: 'email', value: e.text.toLowerCase(), text: e.text, start: e.start, end: e.end });
  // Bank accounts: IBANs (ES91 2100 0418 4502 0005 1332) and long digit runs (CLABE, account
  // numbers: 002180700123456789, 0071 0045 28391) that are not phone numbers.
  const accounts: Array<{ start: number; end: number }> = [];
  const phoneLike = (s: number, e: number) => a.phones.some((p) => s < p.end && e > p.start);
  for (const m of a.text.matchAll(/(?<![\p{L}\p{N}])(?:[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?|\d{4,}(?:[ -]\d{3,}){1,5}|\d{10,})(?![\p{L}\p{N}])/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const value = m[0].replace(/[\s-]/g, '');
    if (value.replace(/\D/g, '').length < 10 || phoneLike(start, end)) continue;
    if (a.placeholders.some((p) => start < p.end && end > p.start) || a.urls.some((u) => start < u.end && end > u.start)) continue;
    accounts.push({ start, end });
    out.push({ type: 'account', value, text: m[0], start, end });
  }
  // Invoice numbers and other references: tokens with letters and digits (INV-2041, F-2026-311).
  // (Not inside a postal address: "LS1 6DT" is a postcode, compared with the address.)
  const taken = [...a.placeholders, ...a.urls, ...a.emails, ...a.amounts, ...a.dates, ...a.phones, ...accounts, ...a.addresses];
  for (const m of a.text.matchAll(/(?<![\p{L}\p{N}@/._-])(?=[\p{L}\p{N}/-]*\p{N})(?=[\p{N}/-]*\p{Lu})[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*(?![\p{L}\p{N}@_-]|[./][\p{L}\p{N}])/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length < 3 || taken.some((t) => start < t.end && end > t.start)) continue;
    out.push({ type: 'reference', value: m[0].toUpperCase(), text: m[0], start, end });
  }
  for (const p of a.phones) {
    const digits = p.text.replace(/\D/g, '');
    if (digits.length < 6) continue;
    out.push({ type: 'phone', value: digits, text: p.text, start: p.start, end: p.end });
  }
  return out;
}

/** Whether two facts of one type state the same value (1,234.56 $ = 1.234,56 US$; 30/11/2026 = November 30, 2026). */
export function sameFact(x: Fact, y: Fact): boolean {
  if (x.type !== y.type) return false;
  if (x.type === 'amount' && x.amount && y.amount) {
    const tol = Math.max(0.005, Math.abs(x.amount.value) * 1e-6);
    if (Math.abs(x.amount.value - y.amount.value) > tol) return false;
    const cx = x.amount.currency;
    const cy = y.amount.currency;
    return !(ISO.test(cx) && ISO.test(cy) && cx !== cy);
  }
  if (x.type === 'date' && x.date && y.date) {
    if (x.date.month !== y.date.month || x.date.day !== y.date.day) return false;
    return x.date.year === null || y.date.year === null || x.date.year === y.date.year;
  }
  if (x.type === 'phone') {
    // +34 912 345 678 = 912 345 678, +84 28 3822 1234 = (028) 3822 1234, +33 (0)1 42… = +33 1 42…:
    // the national number, without the trunk 0 and the country code.
    const national = (f: Fact) => f.text.replace(/\(0\)/g, '').replace(/\D/g, '').replace(/^00/, '');
    const [a, b] = [national(x), national(y)].sort((p, q) => p.length - q.length) as [string, string];
    const short = a.replace(/^0+/, '');
    return a === b || (short.length >= 7 && b.endsWith(short) && b.length - short.length <= 3);
  }
  if (x.type === 'reference' && x.value !== y.value) {
    // 2011/7/EU = 2011/7/UE, 93/42/EEC = 93/42/CEE: the same digits, the letters translated.
    const digits = (v: string) => v.replace(/\D/g, '');
    const letters = (v: string) => [...v.replace(/[^A-Z]/g, '')].sort().join('');
    return digits(x.value).length >= 4 && digits(x.value) === digits(y.value) && letters(x.value) === letters(y.value);
  }
  return x.value === y.value;
}

// ---------------------------------------------------------------------------------------------
// Similarity

/** Words of a text for similarity: lower case, placeholders as one token, numbers kept. */
export function comparableWords(a: Analysis): string[] {
  let text = a.text.slice(a.doc.bodyStart);
  const phs = a.placeholders.filter((p) => p.start >= a.doc.bodyStart).sort((x, y) => y.start - x.start);
  for (const p of phs) {
    const s = p.start - a.doc.bodyStart;
    text = `${text.slice(0, s)} ph:${p.name.replace(/\W+/g, '_')} ${text.slice(p.end - a.doc.bodyStart)}`;
  }
  return text.toLowerCase().match(/[\p{L}\p{N}_:]+/gu) ?? [];
}

/** Dice coefficient of word bigrams (1 = the same text). */
export function similarity(x: string[], y: string[]): number {
  if (!x.length && !y.length) return 1;
  const grams = (w: string[]) => {
    const m = new Map<string, number>();
    if (w.length === 1) m.set(w[0]!, 1);
    for (let i = 0; i + 1 < w.length; i++) {
      const g = `${w[i]} ${w[i + 1]}`;
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const a = grams(x);
  const b = grams(y);
  let inter = 0;
  let total = 0;
  for (const [g, n] of a) {
    inter += Math.min(n, b.get(g) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total ? (2 * inter) / total : 0;
}
