/**
 * The fact lock. Before the text goes to the model every fact in it — amounts, dates, invoice
 * numbers and any other run of digits, names (greeting, signature, the invoice record's names,
 * capitalised names mid-sentence), email addresses, phone numbers, URLs, postal addresses and
 * placeholders — is replaced by an opaque token ⟦F1⟧, ⟦F2⟧… that the prompt says to keep verbatim.
 *
 * After: every token must be there exactly once, in the field (subject or body) it was sent in, and
 * no token may be invented; the text around the tokens may not bring a new number, amount, date,
 * URL, email address, phone number, deadline, consequence, threat or look-alike character; the
 * restored text may not contain an amount, date, URL, email or phone the original did not have.
 * Only then are the tokens replaced by the original values.
 */
import { analyseText, detectLanguage, type InvoiceRecord, type Language } from '../../rules/index.ts';
import { findAmounts, type Amount } from '../../rules/extract/amounts.ts';
import { findDates, type DateMention } from '../../rules/extract/dates.ts';
import { findAddresses, findEmails, findPhones, findUrls, type Mention } from '../../rules/extract/contacts.ts';
import { findPlaceholders } from '../../rules/extract/placeholders.ts';
import { currencies } from '../../rules/locales/index.ts';
import { GUARDS, guardRegex } from './guard-phrases.ts';

export type Field = 'subject' | 'body';

export type FactKind =
  | 'amount'
  | 'date'
  | 'email'
  | 'url'
  | 'phone'
  | 'address'
  | 'placeholder'
  | 'invoice-number'
  | 'name'
  | 'greeting'
  | 'number'
  | 'signature'
  | 'token-like';

export interface Fact {
  token: string;
  value: string;
  kind: FactKind;
  field: Field;
}

export interface LockInput {
  subject: string;
  body: string;
  language: Language;
  region?: string;
  invoice?: InvoiceRecord;
}

export interface Locked {
  language: Language;
  region?: string;
  /** NFC-normalised originals. */
  original: Record<Field, string>;
  /** What the model sees. */
  locked: Record<Field, string>;
  facts: Fact[];
}

export type FailureCode =
  | 'token-missing'
  | 'token-duplicated'
  | 'token-moved'
  | 'token-invented'
  | 'token-malformed'
  | 'new-number'
  | 'new-amount'
  | 'new-date'
  | 'new-url'
  | 'new-email'
  | 'new-phone'
  | 'new-wording'
  | 'new-name'
  | 'wrong-language'
  | 'lookalike'
  | 'invisible'
  | 'missing-field'
  | 'tone-worse'
  | 'new-error';

export interface Failure {
  code: FailureCode;
  /** For the user: names the fact by its value. */
  message: string;
  /** For the model, on the retry: names tokens, never values it did not see. */
  feedback: string;
  field?: Field;
}

export const TOKEN_RE = /⟦F(\d+)⟧/g;
const L = '[\\p{L}\\p{N}]';

interface Span {
  start: number;
  end: number;
  kind: FactKind;
}

/** Replaces every fact of subject and body by a token. */
export function lockFacts(input: LockInput): Locked {
  const original: Record<Field, string> = {
    subject: (input.subject ?? '').normalize('NFC'),
    body: (input.body ?? '').normalize('NFC'),
  };
  const facts: Fact[] = [];
  const locked = { subject: '', body: '' } as Record<Field, string>;
  for (const field of ['subject', 'body'] as const) {
    const text = original[field];
    const spans = merge(findFactSpans(text, input.language, input.region, input.invoice, field));
    let out = '';
    let at = 0;
    for (const span of spans) {
      const token = `⟦F${facts.length + 1}⟧`;
      facts.push({ token, value: text.slice(span.start, span.end), kind: span.kind, field });
      out += text.slice(at, span.start) + token;
      at = span.end;
    }
    locked[field] = out + text.slice(at);
  }
  return { language: input.language, region: input.region, original, locked, facts };
}

function findFactSpans(text: string, lang: Language, region: string | undefined, invoice: InvoiceRecord | undefined, field: Field): Span[] {
  if (!text) return [];
  const spans: Span[] = [];
  const add = (start: number, end: number, kind: FactKind) => {
    // Trim white space and sentence punctuation at the edges.
    while (start < end && /[\s]/u.test(text[start]!)) start++;
    while (end > start && /[\s.,;:!?]/u.test(text[end - 1]!) && !(kind === 'signature' && /[.!?]/.test(text[end - 1]!))) end--;
    if (end > start) spans.push({ start, end, kind });
  };

  // 1. The engine's extractors. On plain NFC text the projection keeps offsets (verified here).
  const ex = extractAll(text, lang, region);
  for (const a of ex.amounts) add(a.start, a.end, 'amount');
  for (const d of ex.dates) add(d.start, d.end, 'date');
  for (const m of ex.emails) add(m.start, m.end, 'email');
  for (const m of ex.urls) add(m.start, m.end, 'url');
  for (const m of ex.phones) add(m.start, m.end, 'phone');
  for (const m of ex.addresses) add(m.start, m.end, 'address');
  for (const p of ex.placeholders) add(p.start, p.end, 'placeholder');

  // 2. Every other run with a digit: invoice numbers (INV-2041, F-2026-311), references, times, counts.
  const ID = new RegExp(`(?:${L}+[-/.:,_#+])*${L}*\\p{N}${L}*(?:[-/.:,_#+]${L}+)*`, 'gu');
  for (const m of text.matchAll(ID)) add(m.index, m.index + m[0].length, 'number');

  // 3. The invoice record's number and names, wherever they occur.
  if (invoice) {
    const literal = (value: string | undefined, kind: FactKind) => {
      const v = value?.normalize('NFC').trim();
      if (!v || v.length < 2) return;
      const re = new RegExp(`(?<!${L})${escapeRe(v)}(?!${L})`, 'giu');
      for (const m of text.matchAll(re)) add(m.index, m.index + m[0].length, kind);
      if (kind === 'name') {
        for (const word of v.split(/\s+/)) {
          if (word.length < 3 || !/^\p{Lu}/u.test(word)) continue;
          const wr = new RegExp(`(?<!${L})${escapeRe(word)}(?!${L})`, 'gu');
          for (const m of text.matchAll(wr)) add(m.index, m.index + m[0].length, 'name');
        }
      }
    };
    literal(invoice.number, 'invoice-number');
    literal(invoice.customerName, 'name');
    literal(invoice.contactName, 'name');
    literal(invoice.url, 'url');
  }

  // 4. Names: after a greeting, after an honorific, and capitalised words mid-sentence.
  const GREETING =
    /^[ \t]*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|attn:?|attention:?|estimad[oa]s?|apreciad[oa]s?|querid[oa]s?|distinguid[oa]s?|hola|buen(?:os|as) (?:días|tardes|noches)|kính gửi|kính chào|thân gửi|thân chào|xin chào|chào|gửi)[ \t]+([^\n,:;!]{1,80})/gimu;
  // Only the opening line is a greeting ("Gửi kèm hóa đơn…" further down is not).
  const opening = /^\s*/.exec(text)![0].length;
  for (const m of text.matchAll(GREETING)) {
    if (m.index + (/^[ \t]*/.exec(m[0])![0].length) !== opening) continue;
    const name = m[1]!;
    add(m.index + m[0].length - name.length, m.index + m[0].length, 'greeting');
  }
  const HONORIFIC = /(?<![\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|Srta|Dña|Dª|Lic|Ing)\.?[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*)/gu;
  for (const m of text.matchAll(HONORIFIC)) add(m.index, m.index + m[0].length, 'name');
  for (const m of capitalisedMatches(text, /[\p{Ll}\p{N},;:)’'"”]/u)) add(m.start, m.end, 'name');

  // 5. The signature block: every line after the last closing ("Best regards,", "Atentamente,", "Trân trọng,").
  if (field === 'body') {
    const lines = text.split('\n');
    let offset = 0;
    const starts = lines.map((l) => {
      const s = offset;
      offset += l.length + 1;
      return s;
    });
    let closing = -1;
    lines.forEach((line, i) => {
      if (CLOSING.test(line.trim())) closing = i;
    });
    if (closing >= 0 && lines.length - closing <= 12) {
      // The block of short lines under the closing; a blank line after it ends the signature.
      let started = false;
      for (let i = closing + 1; i < lines.length; i++) {
        const line = lines[i]!;
        if (!line.trim()) {
          if (started) break;
          continue;
        }
        if (line.length > 120) break;
        started = true;
        add(starts[i]!, starts[i]! + line.length, 'signature');
      }
    }
  }

  // 6. Anything that already looks like a token is locked too, so it cannot be confused with ours.
  for (const m of text.matchAll(/[⟦⟧][^\n⟦⟧]{0,20}[⟦⟧]?|[⟦⟧]/g)) add(m.index, m.index + m[0].length, 'token-like');
  return spans;
}

/** Capitalised words that are forms of address, not names (Vietnamese letters capitalise them mid-sentence). */
const NOT_NAMES = new Set(['I', 'Quý', 'Anh', 'Chị', 'Ông', 'Bà', 'Em', 'Bạn', 'Cô', 'Chú', 'Khách', 'Hàng', 'Công', 'Ty', 'Đơn', 'Vị', 'Hóa', 'Hoá', 'Usted', 'Ud', 'Uds', 'Vd']);

/**
 * Capitalised words in the middle of a sentence (after `before`, on the same line): names of
 * people, companies, products. ALL CAPS without digits is shouting, not a name; forms of address
 * are skipped.
 */
function capitalisedMatches(text: string, before: RegExp): Array<{ start: number; end: number; text: string }> {
  const re = new RegExp(
    `(?<=${before.source}[ \\t]+)\\p{Lu}[\\p{L}'’&-]*(?:[ \\t]+(?:(?:de|del|la|van|von|da|y|&|of)[ \\t]+)?\\p{Lu}[\\p{L}'’&-]*)*`,
    'gu',
  );
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (const m of text.matchAll(re)) {
    const words = m[0];
    if (/^I['’]/.test(words)) continue;
    if (words.length > 1 && words === words.toUpperCase() && !/\d/.test(words)) continue;
    if (words.split(/[ \t]+/).every((w) => NOT_NAMES.has(w) || /^(de|del|la|van|von|da|y|&|of)$/.test(w))) continue;
    out.push({ start: m.index, end: m.index + words.length, text: words });
  }
  return out;
}

function capitalisedRuns(s: string): string[] {
  // Not after a colon here: "Next steps: Please…" starts a sentence in a rewrite.
  return capitalisedMatches(s, /[\p{Ll}\p{N},;)’'"”]/u).map((m) => m.text);
}

const CLOSING =
  /^(?:(?:best|kind|warm|warmest|many)\s+regards|regards|sincerely|yours\s+(?:sincerely|faithfully|truly)|best(?:\s+wishes)?|thanks(?:\s+again)?|thank\s+you|cheers|respectfully|atentamente|saludos(?:\s+cordiales)?|un\s+(?:cordial\s+)?saludo|cordialmente|reciba\s+un\s+cordial\s+saludo|muchas\s+gracias|gracias|trân\s+trọng(?:\s+cảm\s+ơn)?|thân\s+ái|kính\s+thư|xin\s+cảm\s+ơn|cảm\s+ơn|chân\s+thành\s+cảm\s+ơn)[\s,.!]*$/iu;

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      if (PRIORITY.indexOf(s.kind) < PRIORITY.indexOf(last.kind)) last.kind = s.kind;
    } else out.push({ ...s });
  }
  return out;
}

const PRIORITY: FactKind[] = ['amount', 'date', 'email', 'url', 'phone', 'invoice-number', 'placeholder', 'address', 'greeting', 'name', 'signature', 'number', 'token-like'];

interface Extracted {
  amounts: Amount[];
  dates: DateMention[];
  emails: Mention[];
  urls: Mention[];
  phones: Mention[];
  addresses: Mention[];
  placeholders: Array<{ start: number; end: number }>;
}

/** The engine's extractors on plain text; through analyseText when its offsets match the input. */
export function extractAll(text: string, lang: Language, region?: string): Extracted {
  try {
    const { analysis } = analyseText(text, { language: region ? `${lang}-${region}` : lang, format: 'text', stage: 'due' });
    if (analysis.text.length === text.length) {
      return {
        amounts: analysis.amounts,
        dates: analysis.dates,
        emails: analysis.emails,
        urls: analysis.urls,
        phones: analysis.phones,
        addresses: analysis.addresses,
        placeholders: analysis.placeholders,
      };
    }
  } catch {
    // Front matter-like text or other input the document builder refuses: run the extractors directly.
  }
  const placeholders = findPlaceholders(text);
  const outside = <T extends { start: number; end: number }>(ms: T[]) => ms.filter((m) => !placeholders.some((p) => m.start < p.end && m.end > p.start));
  const emails = outside(findEmails(text));
  const urls = outside(findUrls(text, lang, emails));
  const dates = outside(findDates(text, lang, region));
  const amounts = outside(findAmounts(text, lang));
  const phones = outside(findPhones(text, lang, [...amounts, ...dates, ...emails, ...urls]));
  return { amounts, dates, emails, urls, phones, addresses: findAddresses(text, lang), placeholders };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// ——— After the model ———

const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;
/**
 * Letters an English, Spanish or Vietnamese reminder never needs: other scripts (Cyrillic а, Greek ο)
 * and unusual Latin (IPA ɑ, dotless ı, Latin Extended-B beyond ơ/ư) — where look-alikes live.
 * Stray combining marks count too.
 */
const FOREIGN_LETTER = /\p{M}|(?=\p{L})[^A-Za-z\u00AA\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;

export interface Verified {
  ok: boolean;
  failures: Failure[];
  /** The answer with the tokens restored (only meaningful when ok). */
  restored: Record<Field, string>;
}

/**
 * Checks a model answer against the lock and restores the facts. `answer` is what the model
 * returned, tokens included; nothing in `locked` is changed.
 */
export function verifyAndRestore(locked: Locked, answer: Record<Field, string>): Verified {
  const failures: Failure[] = [];
  const lang = locked.language;
  const byToken = new Map(locked.facts.map((f) => [f.token, f]));
  const seen = new Map<string, Array<Field>>();
  const text: Record<Field, string> = { subject: answer.subject.normalize('NFC'), body: answer.body.normalize('NFC') };

  for (const field of ['subject', 'body'] as const) {
    for (const m of text[field].matchAll(TOKEN_RE)) {
      const token = m[0];
      if (!byToken.has(token)) {
        failures.push({
          code: 'token-invented',
          message: `the rewrite contains a fact marker (${token}) that was never in the email`,
          feedback: `${token} does not exist in the email; do not invent tokens.`,
          field,
        });
        continue;
      }
      seen.set(token, [...(seen.get(token) ?? []), field]);
    }
  }
  for (const fact of locked.facts) {
    const where = seen.get(fact.token) ?? [];
    const shown = describe(fact);
    if (where.length === 0) {
      failures.push({
        code: 'token-missing',
        message: `the rewrite dropped or changed ${shown}`,
        feedback: `${fact.token} is missing from the ${fact.field}; keep it exactly as written.`,
        field: fact.field,
      });
    } else if (where.length > 1) {
      failures.push({
        code: 'token-duplicated',
        message: `the rewrite repeats ${shown} (${where.length} times)`,
        feedback: `${fact.token} appears ${where.length} times; it must appear exactly once, in the ${fact.field}.`,
        field: fact.field,
      });
    } else if (where[0] !== fact.field) {
      failures.push({
        code: 'token-moved',
        message: `the rewrite moved ${shown} from the ${fact.field} to the ${where[0]}`,
        feedback: `${fact.token} belongs in the ${fact.field}; keep it there.`,
        field: fact.field,
      });
    }
  }

  // Tokens with the same value are interchangeable: two mentions of INV-2041 may swap places.
  if (failures.length && !failures.some((f) => f.code === 'token-invented')) {
    const valuesOf = (field: Field, tokens: string[]) => tokens.map((t) => byToken.get(t)!.value).sort();
    const same = (['subject', 'body'] as const).every((field) => {
      const want = valuesOf(field, locked.facts.filter((f) => f.field === field).map((f) => f.token));
      const got = valuesOf(field, [...text[field].matchAll(TOKEN_RE)].map((m) => m[0]).filter((t) => byToken.has(t)));
      return want.length === got.length && want.every((v, i) => v === got[i]);
    });
    if (same) failures.length = 0;
  }

  // The greeting still opens the email: the customer's name may not move elsewhere (or swap with the sender's).
  const firstLine = (s: string) => s.split('\n').find((l) => l.trim()) ?? '';
  const openingValues = [...firstLine(text.body).matchAll(TOKEN_RE)].map((m) => byToken.get(m[0])?.value);
  for (const fact of locked.facts) {
    if (fact.kind !== 'greeting' || fact.field !== 'body' || !firstLine(locked.locked.body).includes(fact.token)) continue;
    if ((seen.get(fact.token) ?? []).length >= 1 && !openingValues.includes(fact.value)) {
      failures.push({
        code: 'token-moved',
        message: `the rewrite no longer greets ${fact.value} in its first line`,
        feedback: `${fact.token} is the name in the greeting; keep it in the first line.`,
        field: 'body',
      });
    }
  }

  // The text around the tokens, compared with the text around them in the original.
  for (const field of ['subject', 'body'] as const) {
    const before = skeleton(locked.locked[field]);
    const after = skeleton(text[field]);
    failures.push(...compareSkeletons(before, after, lang, field, `${locked.original.subject}\n${locked.original.body}`));
  }

  const restored: Record<Field, string> = {
    subject: text.subject.replace(TOKEN_RE, (t) => byToken.get(t)?.value ?? t),
    body: text.body.replace(TOKEN_RE, (t) => byToken.get(t)?.value ?? t),
  };
  if (!failures.some((f) => f.code.startsWith('token-'))) {
    failures.push(...compareExtracted(locked, restored));
  }
  const language = languageOf(skeleton(text.body));
  if (language && language !== lang) {
    failures.push({
      code: 'wrong-language',
      message: `the rewrite is not in the email's language (${lang}; it reads as ${language})`,
      feedback: `Write the email in ${LANGUAGE_NAMES[lang]}.`,
      field: 'body',
    });
  }
  return { ok: failures.length === 0, failures: dedupe(failures), restored };
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Spanish', vi: 'Vietnamese' };

/** The language of enough prose to tell; null when too short or unclear. */
function languageOf(prose: string): Language | null {
  const letters = prose.replace(/[^\p{L}]/gu, '').length;
  if (letters < 80) return null;
  try {
    return detectLanguage(prose);
  } catch {
    return null;
  }
}

function describe(fact: Fact): string {
  const value = fact.value.length > 60 ? `${fact.value.slice(0, 57)}…` : fact.value;
  const what: Record<FactKind, string> = {
    amount: 'the amount',
    date: 'the date',
    email: 'the email address',
    url: 'the link',
    phone: 'the phone number',
    address: 'the address',
    placeholder: 'the placeholder',
    'invoice-number': 'the invoice number',
    name: 'the name',
    greeting: 'the name in the greeting',
    number: 'the number',
    signature: 'the signature line',
    'token-like': 'the text',
  };
  return `${what[fact.kind]} "${value}"`;
}

/** The text without its tokens, NFKC-folded (fullwidth letters and digits become ASCII). */
function skeleton(s: string): string {
  // U+FFFC: neither letter, digit nor space, so nothing reads across a removed token.
  return s.replace(TOKEN_RE, '\uFFFC').normalize('NFKC');
}

/** Nouns letters capitalise mid-sentence that are not names. */
const BUSINESS_WORDS = new Set(
  (
    'invoice invoices payment payments account accounts customer customers client clients team department finance billing ' +
    'support service services receivable receivables payable terms reference amount due date balance reminder notice company ' +
    'office manager management accounting credit control statement portal ' +
    'factura facturas pago pagos cuenta cuentas cliente clientes departamento contabilidad cobros cobranza atención ' +
    'administración finanzas equipo servicio servicios empresa oficina referencia importe saldo aviso recordatorio ' +
    'hóa hoá đơn phòng kế toán tài chính thanh ban bộ phận dịch vụ khách hàng công ty quý số tiền hạn ngày'
  ).split(' '),
);

function compareSkeletons(before: string, after: string, lang: Language, field: Field, original: string): Failure[] {
  const out: Failure[] = [];
  const fail = (code: FailureCode, what: string, found: string) =>
    out.push({
      code,
      message: `the rewrite adds ${what} in the ${field}: "${clip(found)}"`,
      feedback: `Do not add ${what} ("${clip(found)}"); every fact must stay a ⟦F…⟧ token and nothing new may be stated.`,
      field,
    });

  if (/[⟦⟧]/.test(after)) {
    const m = /[^\s]*[⟦⟧][^\s]*/.exec(after)!;
    out.push({
      code: 'token-malformed',
      message: `the rewrite contains a damaged fact marker in the ${field}: "${clip(m[0])}"`,
      feedback: `"${clip(m[0])}" is not a valid token; copy tokens exactly, like ⟦F1⟧.`,
      field,
    });
  }
  const inv = (s: string) => s.match(INVISIBLE)?.length ?? 0;
  if (inv(after) > inv(before)) {
    out.push({
      code: 'invisible',
      message: `the rewrite contains invisible or direction-changing characters in the ${field}`,
      feedback: 'Do not use invisible characters (zero-width spaces, direction marks).',
      field,
    });
  }
  const foreign = newItems(letters(before), letters(after));
  if (foreign.length) {
    out.push({
      code: 'lookalike',
      message: `the rewrite contains look-alike or foreign-script characters in the ${field}: ${foreign.slice(0, 5).map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`,
      feedback: 'Use only ordinary Latin letters of the email\'s language; no look-alike characters from other scripts.',
      field,
    });
  }
  const numbers = newItems(before.match(/\p{N}[\p{N}.,:/-]*/gu) ?? [], after.match(/\p{N}[\p{N}.,:/-]*/gu) ?? []);
  if (numbers.length) fail('new-number', 'a number that is not in the email', numbers[0]!);
  const emails = newItems(findEmails(before).map((m) => m.text.toLowerCase()), findEmails(after).map((m) => m.text.toLowerCase()));
  if (emails.length || count(after, /@/g) > count(before, /@/g)) fail('new-email', 'an email address', emails[0] ?? '@');
  const urls = newItems(findUrls(before, lang).map((m) => m.text.toLowerCase()), findUrls(after, lang).map((m) => m.text.toLowerCase()));
  const schemes = /https?:|www\.|mailto:|tel:/giu;
  if (urls.length || count(after, schemes) > count(before, schemes)) fail('new-url', 'a link', urls[0] ?? (after.match(schemes)?.[0] ?? ''));
  const markers = newItems(currencyMarkers(before, lang), currencyMarkers(after, lang));
  if (markers.length) fail('new-amount', 'a currency or amount', markers[0]!);
  const dates = newItems(findDates(before, lang).map((d) => d.text), findDates(after, lang).map((d) => d.text));
  if (dates.length) fail('new-date', 'a date', dates[0]!);
  for (const set of GUARDS) {
    const re = guardRegex(set, lang);
    const added = newItems(matches(before, re), matches(after, re), !set.caseSensitive);
    if (added.length) fail(set.category === 'date-word' ? 'new-date' : set.category === 'number-word' || set.category === 'quantity' ? 'new-number' : 'new-wording', set.label, added[0]!);
  }
  const shouting = (s: string) => (s.match(/(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu) ?? []).filter((w) => !/^[A-Z]{3}$/.test(w));
  const loud = newItems(shouting(before), shouting(after));
  if (loud.length) fail('new-wording', 'shouting (words in capitals)', loud[0]!);
  const bangs = newItems(before.match(/[!?¡¿]*!{2,}[!?]*|\?!|!\?/g) ?? [], after.match(/[!?¡¿]*!{2,}[!?]*|\?!|!\?/g) ?? []);
  if (bangs.length) fail('new-wording', 'shouting (repeated exclamation marks)', bangs[0]!);
  // A capitalised word is a new name only when the email never used the word at all ("Invoice" is not).
  const known = new Set((original.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()));
  const isNew = (run: string) => run.split(/[ \t]+/).some((w) => !known.has(w.toLowerCase()) && !BUSINESS_WORDS.has(w.toLowerCase()));
  const names = newItems(capitalisedRuns(before), capitalisedRuns(after)).filter(isNew);
  if (names.length) fail('new-name', 'a name that is not in the email', names[0]!);
  return out;
}

function letters(s: string): string[] {
  return [...s].filter((c) => FOREIGN_LETTER.test(c));
}

function matches(s: string, re: RegExp): string[] {
  re.lastIndex = 0;
  return [...s.matchAll(re)].map((m) => m[0].replace(/\s+/g, ' '));
}

function count(s: string, re: RegExp): number {
  re.lastIndex = 0;
  return s.match(re)?.length ?? 0;
}

/** Items of `after` beyond their count in `before` (multiset difference). */
function newItems(before: string[], after: string[], fold = false): string[] {
  const key = (s: string) => (fold ? s.toLowerCase() : s);
  const left = new Map<string, number>();
  for (const b of before) left.set(key(b), (left.get(key(b)) ?? 0) + 1);
  const out: string[] = [];
  for (const a of after) {
    const n = left.get(key(a)) ?? 0;
    if (n > 0) left.set(key(a), n - 1);
    else out.push(a);
  }
  return out;
}

let markerRe: RegExp | null = null;
function currencyMarkers(s: string, lang: Language): string[] {
  if (!markerRe) {
    const data = currencies();
    const words = [...new Set([...data.codes, ...Object.values(data.words).flat()])].sort((a, b) => b.length - a.length).map(escapeRe);
    const symbols = [...new Set([...data.symbols, '¢', '%'])].filter((x) => !/^[A-Z]+$/.test(x)).sort((a, b) => b.length - a.length).map(escapeRe);
    markerRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])|${symbols.join('|')}`, 'giu');
  }
  void lang;
  return matches(s, markerRe).map((m) => m.toLowerCase());
}

/** After restoring: nothing the extractors read may be new compared with the original. */
function compareExtracted(locked: Locked, restored: Record<Field, string>): Failure[] {
  const lang = locked.language;
  const keysOf = (text: string) => {
    const ex = extractAll(text, lang, locked.region);
    return {
      amount: ex.amounts.map((a) => `${a.value ?? a.text}|${a.currency.toLowerCase()}`),
      date: ex.dates.map((d) => `${d.year ?? ''}-${d.month}-${d.day}`),
      email: ex.emails.map((m) => m.text.toLowerCase()),
      url: ex.urls.map((m) => m.text.toLowerCase()),
      phone: ex.phones.map((m) => m.text.replace(/\D/g, '')),
    };
  };
  const before = keysOf(`${locked.original.subject}\n\n${locked.original.body}`);
  const afterText = `${restored.subject}\n\n${restored.body}`;
  const after = keysOf(afterText);
  const out: Failure[] = [];
  const names: Record<keyof typeof before, [FailureCode, string]> = {
    amount: ['new-amount', 'an amount'],
    date: ['new-date', 'a date'],
    email: ['new-email', 'an email address'],
    url: ['new-url', 'a link'],
    phone: ['new-phone', 'a phone number'],
  };
  for (const kind of Object.keys(names) as Array<keyof typeof before>) {
    const added = newItems(before[kind], after[kind]);
    if (added.length) {
      const [code, what] = names[kind];
      out.push({
        code,
        message: `the rewrite states ${what} the email did not have (${clip(added[0]!)})`,
        feedback: `Do not combine or change the tokens so that they read as ${what} that was not in the email.`,
      });
    }
  }
  return out;
}

function dedupe(failures: Failure[]): Failure[] {
  const seen = new Set<string>();
  return failures.filter((f) => {
    const k = `${f.code}|${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function clip(s: string, n = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n)}…` : one;
}
