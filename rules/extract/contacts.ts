/**
 * Contact channels: email addresses, phone and fax numbers (international and local forms),
 * websites, and postal addresses in each language. Links to the invoice, a payment page or the
 * customer's account are told apart from the sender's website: they are the invoice copy, never a
 * contact channel (DESIGN.md, borderline cases).
 */
import { contactData, elementCues } from '../locales/index.ts';
import { lowerCase, PhraseSet } from '../core/phrases.ts';
import type { Language } from '../core/types.ts';

export type Channel = 'address' | 'email' | 'phone' | 'website' | 'fax';

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface UrlMention extends Mention {
  /** `invoice`: a link to the invoice, a payment page or the customer's account; `website`: the sender's site. */
  kind: 'invoice' | 'website';
}

export interface ChannelMention extends Mention {
  channel: Channel;
}

const TLDS =
  'com|net|org|io|co|uk|es|mx|vn|ar|cl|pe|ie|ca|au|nz|edu|gov|info|biz|app|dev|de|fr|it|us|in|sg|br|uy|ec|bo|py|ve|cr|gt|hn|sv|ni|pa|do|cu|pr|eu|me|tv|ai|shop|store|online|site|tech|cloud|agency|studio|design|pro|ly|ch|at|be|nl|se|no|dk|fi|pl|pt|cz|jp|cn|kr|tw|hk|ph|my|id|th|ae|il|tr|ru|gr|ro|za|global|xyz|law|legal|health|dental|clinic|finance|email|company|business|group|media|life|world|live|digital|consulting|software|systems|network|energy|education|school|academy|coffee|restaurant|travel|photo|photography|art|music|news|blog|page|plus|care|team|services|solutions|works|tools|center|club|today|land';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL_RE = new RegExp(
  [
    String.raw`https?:\/\/[^\s<>"'\])]+`,
    String.raw`(?<![@\p{L}\p{N}.\/-])www\.[^\s<>"'\])]+`,
    String.raw`(?<![@\p{L}\p{N}._\/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${TLDS})(?:\/[^\s<>"'\])]*)?(?![\p{L}\p{N}@_-])`,
  ].join('|'),
  'gu',
);

const INVOICE_URL =
  /(^|[./?=&_-])(invoices?|factura[s]?|hoa-?don|hoadon|pay|payment[s]?|pago[s]?|billing|bill|portal|account|cuenta|clients?|clientes?|customer|my|tra-?cuu|tracuu|view|download|statement|checkout|cfdi|pagar|thanh-?toan|secure|phuhuynh)(?=$|[./?=&_-]|\d)/i;

const EMAIL_AT = new RegExp(EMAIL.source, 'uy');
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;

/**
 * Email addresses. Same matches as scanning the text with EMAIL, but the pattern is only tried
 * where an address can start: the local part reaching back from each "@".
 */
export function findEmails(text: string): Mention[] {
  const out: Mention[] = [];
  let end = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < end) continue;
    let start = at;
    while (start > end && LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (start === at) continue;
    // Everything after the "@" is the same whatever the start, so the longest local part decides.
    EMAIL_AT.lastIndex = start;
    const m = EMAIL_AT.exec(text);
    if (m) {
      out.push({ start, end: start + m[0].length, text: m[0] });
      end = start + m[0].length;
    }
  }
  return out;
}

const cueCache = new Map<Language, { link: PhraseSet; website: PhraseSet }>();
function urlCues(lang: Language) {
  let c = cueCache.get(lang);
  if (!c) {
    const cues = elementCues(lang)['invoice-copy'];
    c = { link: new PhraseSet(cues['link-cues']), website: new PhraseSet(cues['website-labels']) };
    cueCache.set(lang, c);
  }
  return c;
}

/** Text before `at` in the same "cell": same sentence and line, stopping at separators (· | • – —). */
export function cellBefore(text: string, at: number, max = 90): string {
  const from = Math.max(0, at - max);
  const slice = text.slice(from, at);
  const cut = Math.max(
    slice.lastIndexOf('\n'),
    slice.search(/[·|•](?!.*[·|•])/s),
    lastMatch(slice, /[.!?](?=\s)/g),
    lastMatch(slice, /\s[–—]\s/g),
  );
  return cut >= 0 ? slice.slice(cut + 1) : slice;
}

function lastMatch(s: string, re: RegExp): number {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index;
  return last;
}

export function findUrls(text: string, lang: Language, emails: Mention[] = findEmails(text)): UrlMention[] {
  const cues = urlCues(lang);
  const out: UrlMention[] = [];
  // URL_RE is lower case (no `i` flag); offsets hold in the original.
  for (const m of lowerCase(text).matchAll(URL_RE)) {
    let raw = text.slice(m.index, m.index + m[0].length);
    raw = raw.replace(/[.,;:!?)»]+$/, '');
    const start = m.index;
    const end = start + raw.length;
    if (emails.some((e) => start < e.end && end > e.start)) continue;
    const withoutScheme = raw.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
    const slash = withoutScheme.indexOf('/');
    const host = slash === -1 ? withoutScheme : withoutScheme.slice(0, slash);
    const path = slash === -1 ? '' : withoutScheme.slice(slash);
    const subdomains = host.split('.').slice(0, -2).join('.');
    let kind: UrlMention['kind'] = 'website';
    if (INVOICE_URL.test(path.replace(/^\/+$/, '')) || (subdomains && INVOICE_URL.test(subdomains)) || /\?\w+=/.test(path)) {
      kind = 'invoice';
    } else {
      const before = cellBefore(text, start);
      const labelled = cues.website.test(before.slice(-14)) || /(?:^|\s)[Ww]\s*:\s*$/.test(before);
      if (!labelled && cues.link.test(before)) kind = 'invoice';
    }
    out.push({ start, end, text: raw, kind });
  }
  return out;
}

const labelCache = new Map<Language, Record<'phone' | 'fax' | 'notPhone' | 'email', RegExp>>();
function labels(lang: Language) {
  let l = labelCache.get(lang);
  if (!l) {
    const d = contactData(lang);
    const en = lang === 'en' ? d : contactData('en');
    const build = (words: string[]) =>
      new RegExp(
        `(?:^|[^\\p{L}\\p{N}])(?:${[...new Set(words)]
          .sort((a, b) => b.length - a.length)
          .map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
          .join('|')})\\.?\\s*(?:[:#.]|n\\.?º|no\\.?|số|number)?(?:\\s+\\p{L}(?=\\s))?\\s*$`,
        'u',
      );
    l = {
      phone: build([...d['phone-labels'], ...en['phone-labels']]),
      fax: build([...d['fax-labels'], ...en['fax-labels']]),
      notPhone: build([...d['not-phone-labels'], ...en['not-phone-labels']]),
      email: build(d['email-labels']),
    };
    labelCache.set(lang, l);
  }
  return l;
}

const PHONE_CANDIDATE =
  /(?<![\p{L}\p{N}+\/.,-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,8}(?:[ .-]\d{1,8}){0,5}(?![\p{L}\p{N}]|[.,]\d)/gu;

/** Phone and fax numbers; `exclude` are spans already known to be something else (amounts, dates). */
export function findPhones(text: string, lang: Language, exclude: Mention[] = []): ChannelMention[] {
  const l = labels(lang);
  const out: ChannelMention[] = [];
  for (const m of text.matchAll(PHONE_CANDIDATE)) {
    const raw = m[0].replace(/[\s.-]+$/, '');
    const start = m.index;
    const end = start + raw.length;
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (exclude.some((x) => start < x.end && end > x.start)) continue;
    const before = lowerCase(cellBefore(text, start, 40));
    // The nearest label decides: a bank or reference label wins over a phone label further back.
    const near = before.slice(-28);
    if (l.notPhone.test(near)) continue;
    const isFax = l.fax.test(near);
    const labelled = isFax || l.phone.test(near) || l.phone.test(before);
    if (!labelled) {
      const groups = raw.split(/[\s.-]+/).filter(Boolean);
      const shaped =
        /^\+/.test(raw) ||
        /^\(/.test(raw) ||
        /^\d{3}[-. ]\d{3}[-. ]\d{4}$/.test(raw) ||
        /^1[-. ]\d{3}[-. ]\d{3}[-. ]\d{4}$/.test(raw) ||
        /^\d{3}-\d{4}$/.test(raw) ||
        (/^0/.test(raw) && groups.length >= 2) ||
        (groups.length >= 3 && groups.every((g) => g.length >= 2 && g.length <= 4)) ||
        (groups.length === 2 && /^\d{2,4}$/.test(groups[0]!) && /^\d{7,8}$/.test(groups[1]!));
      if (!shaped) continue;
      // 12.500.000 is an amount, not a phone number.
      if (/^\d{1,3}(\.\d{3})+$/.test(raw)) continue;
      if (/^\d{1,3}(,\d{3})+$/.test(raw)) continue;
    }
    out.push({ start, end, text: raw, channel: isFax ? 'fax' : 'phone' });
  }
  return out;
}

const streetCache = new Map<Language, { street: RegExp; label: RegExp }>();
function streetPatterns(lang: Language) {
  let s = streetCache.get(lang);
  if (!s) {
    const d = contactData(lang);
    const escape = (w: string) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
    const words = [...d['street-words']].sort((a, b) => b.length - a.length).map(escape).join('|');
    s = {
      street: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}])`, 'gu'),
      label: new RegExp(
        `^\\s*(?:[-*•]\\s*)?(?:${[...d['address-labels']].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s*[:：]?\\s*\\S`,
        'u',
      ),
    };
    streetCache.set(lang, s);
  }
  return s;
}

const POSTCODES = [
  /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/, // US: OR 97232
  /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/, // UK: BS6 5PT
  /\b(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT)\s+\d{4}\b/, // AU
  /\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/, // CA: B3K 3B4
  /\b[A-Z]\d{4}[A-Z]{3}\b/, // AR: C1045AAE
  /(?:^|,\s*)\d{5}\s+\p{Lu}\p{Ll}+/u, // ES/MX/VN-style: 46006 Valencia
  /\b(?:p\.?\s?o\.?\s?box|apartado(?:\s+postal)?|casilla)\s+\d+/i,
];

/** Postal addresses, read line by line (and cell by cell on lines joined with · or |). */
export function findAddresses(text: string, lang: Language): ChannelMention[] {
  const out: ChannelMention[] = [];
  const langs: Language[] = lang === 'en' ? ['en'] : [lang, 'en'];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let cellStart = lineStart;
    for (const cell of line.split(/[·|•]|\s[–—]\s/)) {
      const trimmed = cell.trim();
      const anchor = trimmed.length >= 6 ? addressAnchor(trimmed, langs) : -1;
      if (anchor >= 0) {
        // An address inside prose ("…happy to help. You can visit us at 880 NW Glisan St, …")
        // starts after the last sentence that ends before its street word or postcode.
        let from = 0;
        for (const b of trimmed.slice(0, anchor).matchAll(SENTENCE_END)) from = b.index + b[0].length;
        const text = trimmed.slice(from);
        const offset = cellStart + cell.indexOf(trimmed) + from;
        out.push({ start: offset, end: offset + text.length, text, channel: 'address' });
      }
      cellStart += cell.length + 1;
    }
    lineStart += line.length + 1;
  }
  return out;
}

const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}¿¡])/gu;

/**
 * Whether a line (or cell) is a postal address, and where its evidence starts: the label, the
 * first street word, or the postcode. -1: not an address.
 */
function addressAnchor(original: string, langs: Language[]): number {
  const cell = lowerCase(original);
  if (/@|https?:\/\//.test(cell) && !/,/.test(cell)) return -1;
  for (const lang of langs) {
    const { street, label } = streetPatterns(lang);
    if (label.test(cell) && /\S+\s+\S+|\d|,|\{/u.test(cell.replace(label, '').trim())) return 0;
    street.lastIndex = 0;
    const hits = [...cell.matchAll(street)];
    if (!hits.length) continue;
    const hasNumber = /\d/.test(cell);
    if (lang === 'vi') {
      const kinds = new Set(hits.map((h) => h[0].toLowerCase()));
      if (kinds.size >= 2 || (hasNumber && /,/.test(cell))) return hits[0]!.index;
      continue;
    }
    // A street word with a house number nearby: "500 Howard Street", "Calle 77 n.º 65-37", "Av. Providencia 1650".
    for (const h of hits) {
      const around = cell.slice(Math.max(0, h.index - 40), h.index + h[0].length + 25);
      if (/\d/.test(around) && (/^\s*\d/.test(cell) || /\d/.test(cell.slice(h.index)) || /,/.test(cell))) return h.index;
    }
  }
  if (!/,/.test(cell)) return -1;
  for (const re of POSTCODES) {
    const m = re.exec(original);
    if (m) return m.index;
  }
  return -1;
}
