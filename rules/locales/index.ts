/**
 * The one loader of locale data. Every YAML file under rules/locales is validated by zod when it is
 * first used, so a reviewer who breaks a file gets an error naming the file and the key.
 */
import { z } from 'zod';
import type { Language } from '../core/types.ts';
import placeholdersData from './placeholders.yml';
import currenciesData from './currencies.yml';
import enElements from './en/elements.yml';
import esElements from './es/elements.yml';
import viElements from './vi/elements.yml';
import enDates from './en/dates.yml';
import esDates from './es/dates.yml';
import viDates from './vi/dates.yml';
import enMessages from './en/messages.yml';
import esMessages from './es/messages.yml';
import viMessages from './vi/messages.yml';
import enContacts from './en/contacts.yml';
import esContacts from './es/contacts.yml';
import viContacts from './vi/contacts.yml';
import enLibrary from './en/library.yml';
import esLibrary from './es/library.yml';
import viLibrary from './vi/library.yml';
import enQuality from './en/quality.yml';
import esQuality from './es/quality.yml';
import viQuality from './vi/quality.yml';

import enTone from './en/tone.yml';
import esTone from './es/tone.yml';
import viTone from './vi/tone.yml';

const phrases = z.array(z.string().min(1));

export const PLACEHOLDER_KINDS = [
  'amount', 'website', 'invoice-url', 'due-date', 'days-overdue', 'email', 'fax', 'phone', 'address',
  'currency', 'date', 'customer-name', 'sender-name', 'company', 'invoice-number',
] as const;
export type PlaceholderKind = (typeof PLACEHOLDER_KINDS)[number];

const placeholdersSchema = z.object({ kinds: z.record(z.enum(PLACEHOLDER_KINDS), phrases) }).strict();

const currenciesSchema = z
  .object({
    symbols: phrases,
    codes: phrases,
    words: z.record(z.enum(['en', 'es', 'vi']), phrases),
    scales: z.record(z.enum(['en', 'es', 'vi']), phrases),
    'number-words': z.record(z.enum(['en', 'es', 'vi']), phrases),
  })
  .strict();

const elementsSchema = z
  .object({
    'invoice-copy': z
      .object({
        attached: phrases,
        'not-attached': phrases,
        /** What may be attached instead of the invoice, and the words that name the invoice. */
        'other-attachments': phrases,
        'invoice-words': phrases,
        'link-cues': phrases,
        'website-labels': phrases,
      })
      .strict(),
    'due-date': z
      .object({
        due: phrases,
        'due-after': phrases,
        deadline: phrases,
        'payment-words': phrases,
        'gap-words': phrases,
        /** How many gap words may stand between a due cue and its date (default 4; Vietnamese counts syllables). */
        'gap-max-words': z.number().int().min(1).max(12).optional(),
        issue: phrases,
      })
      .strict(),
    'call-to-action': z
      .object({
        pay: phrases,
        respond: phrases,
        imperative: phrases,
        excluded: phrases,
        'conditional-questions': phrases,
      })
      .strict(),
    'already-paid-note': z.object({ phrases }).strict(),
    amount: z.object({ 'not-owed': phrases }).strict(),
  })
  .strict();

const datesSchema = z
  .object({ months: z.array(phrases).length(12), monthFirstRegions: z.array(z.string()) })
  .strict();

function validate<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`rules/locales/${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

function once<T>(load: () => T): () => T {
  let value: T | undefined;
  let loaded = false;
  return () => {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value as T;
  };
}

const contactsSchema = z
  .object({
    'phone-labels': phrases,
    'fax-labels': phrases,
    'email-labels': phrases,
    'address-labels': phrases,
    'website-labels': phrases,
    'not-phone-labels': phrases,
    'street-words': phrases,
  })
  .strict();
export type ContactData = z.infer<typeof contactsSchema>;
const contactFiles: Record<Language, unknown> = { en: enContacts, es: esContacts, vi: viContacts };
const contactCache = new Map<Language, ContactData>();
export function contactData(lang: Language): ContactData {
  let d = contactCache.get(lang);
  if (!d) {
    d = validate(contactsSchema, contactFiles[lang], `${lang}/contacts.yml`);
    contactCache.set(lang, d);
  }
  return d;
}

const messagesSchema = z
  .object({
    suggestions: z.record(z.enum(['invoice-copy', 'amount', 'due-date', 'call-to-action', 'contact-details', 'already-paid-note']), z.string()),
    gaps: z.record(z.string(), z.string()),
    closings: phrases,
    greetings: phrases,
  })
  .strict();
export type MessageData = z.infer<typeof messagesSchema>;
const messageFiles: Record<Language, unknown> = { en: enMessages, es: esMessages, vi: viMessages };
const messageCache = new Map<Language, MessageData>();
export function messageData(lang: Language): MessageData {
  let d = messageCache.get(lang);
  if (!d) {
    d = validate(messagesSchema, messageFiles[lang], `${lang}/messages.yml`);
    messageCache.set(lang, d);
  }
  return d;
}

export type ElementCues = z.infer<typeof elementsSchema>;
export type DateData = z.infer<typeof datesSchema>;

const elementFiles: Record<Language, unknown> = { en: enElements, es: esElements, vi: viElements };
const dateFiles: Record<Language, unknown> = { en: enDates, es: esDates, vi: viDates };

const elementCache = new Map<Language, ElementCues>();
export function elementCues(lang: Language): ElementCues {
  let cues = elementCache.get(lang);
  if (!cues) {
    cues = validate(elementsSchema, elementFiles[lang], `${lang}/elements.yml`);
    elementCache.set(lang, cues);
  }
  return cues;
}

const dateCache = new Map<Language, DateData>();
export function dateData(lang: Language): DateData {
  let d = dateCache.get(lang);
  if (!d) {
    d = validate(datesSchema, dateFiles[lang], `${lang}/dates.yml`);
    dateCache.set(lang, d);
  }
  return d;
}

export const currencies = once(() => validate(currenciesSchema, currenciesData, 'currencies.yml'));

export const placeholderKinds = once((): Array<[PlaceholderKind, string[]]> => {
  const data = validate(placeholdersSchema, placeholdersData, 'placeholders.yml');
  return PLACEHOLDER_KINDS.filter((k) => data.kinds[k]).map((k) => [k, data.kinds[k]!]);
});

const ELEMENT_IDS = ['invoice-copy', 'amount', 'due-date', 'call-to-action', 'contact-details', 'already-paid-note'] as const;
export const ESCALATION_CATEGORIES = ['urgency', 'demand', 'blame', 'fees', 'suspension', 'credit', 'agency', 'legal'] as const;
export type EscalationCategory = (typeof ESCALATION_CATEGORIES)[number];

const librarySchema = z
  .object({
    stopwords: phrases,
    'element-cues': z.record(z.enum(ELEMENT_IDS), phrases),
    escalation: z.record(
      z.enum(ESCALATION_CATEGORIES),
      z.object({ level: z.number().int().min(1).max(3), phrases }).strict(),
    ),
    soft: phrases,
  })
  .strict();
export type LibraryData = z.infer<typeof librarySchema>;
/** One YAML file per language, validated on first use and cached. */
function perLanguage<T>(schema: z.ZodType<T>, files: Record<Language, unknown>, name: string): (lang: Language) => T {
  const cache = new Map<Language, T>();
  return (lang) => {
    let d = cache.get(lang);
    if (!d) {
      d = validate(schema, files[lang], `${lang}/${name}`);
      cache.set(lang, d);
    }
    return d;
  };
}

/** Data of the library checks (parity, sequence): rules/locales/<lang>/library.yml. */
export const libraryData = perLanguage(librarySchema, { en: enLibrary, es: esLibrary, vi: viLibrary }, 'library.yml');

const qualitySchema = z
  .object({
    'no-reply': z.object({ senders: phrases, phrases }).strict(),
    'unaccented-words': phrases.optional(),
    'spelling-allow': z.array(z.string()).optional(),
  })
  .strict();
export type QualityData = z.infer<typeof qualitySchema>;
/** Data of the quality/* rules: rules/locales/<lang>/quality.yml. */
export const qualityData = perLanguage(qualitySchema, { en: enQuality, es: esQuality, vi: viQuality }, 'quality.yml');

// ---------------------------------------------------------------------------------------------
// Tone lexicons (rules/locales/<lang>/tone.yml): phrases that make a reminder aggressive, the
// stage from which a consequence may be mentioned, polite alternatives and notes.

const STAGE_IDS = ['before-due', 'due', 'overdue', 'collection', 'final-demand'] as const;

/** One phenomenon: phrases that express it, and what to write instead. */
const toneEntrySchema = z
  .object({
    /** Short name of the phenomenon (shown in messages): "late fees", "sarcasm"… */
    kind: z.string().min(1),
    phrases,
    /** Polite alternatives in the same language; the first one is applied by --fix when `fixable`. */
    suggestions: phrases,
    /** The suggestion replaces the whole sentence instead of the flagged words. */
    sentence: z.boolean().optional(),
    /** suggestions[0] is a plain, unambiguous replacement of the flagged words. */
    fixable: z.boolean().optional(),
    /** How hard the phrase pushes the email toward "aggressive" (0–1.5); see rules/tone/summary.ts. */
    weight: z.number().min(0).max(1.5).optional(),
    /** Stage from which the phrase is acceptable (threats); before it, it is a finding. */
    from: z.enum(STAGE_IDS).optional(),
    /** Stage from which the phrase is no longer a finding (ultimatums: collection). */
    until: z.enum(STAGE_IDS).optional(),
    /** Phrases around a match that cancel it ("moroso" is no label in "registro de morosos"). */
    unless: phrases.optional(),
    /** Whether a negation right before the phrase cancels it ("no late fee"). */
    negatable: z.boolean().optional(),
    note: z.string().min(1),
  })
  .strict();
export type ToneEntry = z.infer<typeof toneEntrySchema>;

const toneSchema = z
  .object({
    insult: z.array(toneEntrySchema),
    blame: z.array(toneEntrySchema),
    threat: z.array(toneEntrySchema),
    shaming: z.array(toneEntrySchema),
    ultimatum: z.array(toneEntrySchema),
    'passive-aggressive': z.array(toneEntrySchema),
    /** Context: what cancels a threat or ultimatum. */
    context: z
      .object({
        /** Words that negate a threat when they stand just before it ("no", "sin", "không"). */
        negations: phrases,
        /** Words that, between the negation and the threat, show the negation belongs elsewhere ("if … not paid"). */
        'negation-breaks': phrases,
        /** Reassuring phrases: any threat inside them is not a threat ("no late fee applies"). */
        reassurances: phrases,
        /** Spans never read as a threat ("legal name", "giá trị pháp lý"). */
        'not-threats': phrases,
      })
      .strict(),
    shouting: z
      .object({
        /** Upper-case words that are not shouting (acronyms, codes, currencies). */
        acronyms: phrases,
        /** Replacement for "!!" and friends. */
        'exclamation-suggestion': z.string(),
        note: z.string(),
      })
      .strict(),
    register: z
      .object({
        /** Groups of forms of address; using forms of more than one group in one email is a mix. */
        groups: z.record(z.string(), phrases),
        /** Suggestion per group: how to write consistently in that register. */
        advice: z.record(z.string(), z.string()),
        /** Per target group: form of the other register → form in this one (tu → su). */
        replacements: z.record(z.string(), z.record(z.string(), z.string())),
        /** Pronouns that are dismissive at any stage (Vietnamese mày/tao). */
        dismissive: z.array(toneEntrySchema),
        note: z.string(),
      })
      .strict(),
    /** Sentiment lexicon (es, vi; English uses AFINN through retext-sentiment): phrase → polarity −5…5. */
    sentiment: z.record(z.string(), z.number().min(-5).max(5)),
    'sentiment-suggestion': z.string(),
  })
  .strict();
export type ToneData = z.infer<typeof toneSchema>;
const toneFiles: Record<Language, unknown> = { en: enTone, es: esTone, vi: viTone };
const toneCache = new Map<Language, ToneData>();
export function toneData(lang: Language): ToneData {
  let d = toneCache.get(lang);
  if (!d) {
    d = validate(toneSchema, toneFiles[lang], `${lang}/tone.yml`);
    toneCache.set(lang, d);
  }
  return d;
}
