/** Languages and regions: parsing `es-MX`, and detection with franc-min limited to eng/spa/vie. */
import { franc } from 'franc-min';
import { LANGUAGES, type Language } from './types.ts';

export interface LanguageTag {
  lang: Language;
  region?: string;
  /** As the user wrote it, normalised (es-MX). */
  tag: string;
}

export class LanguageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LanguageError';
  }
}

const ALIASES: Record<string, Language> = {
  en: 'en', eng: 'en', english: 'en',
  es: 'es', spa: 'es', spanish: 'es', español: 'es', espanol: 'es',
  vi: 'vi', vie: 'vi', vietnamese: 'vi', 'tiếng việt': 'vi',
};

/** Parses "es", "es-MX", "es_MX", "vi-VN", "en-US"; null when it is none of the three languages. */
export function parseLanguageTag(input: string): LanguageTag | null {
  const raw = input.trim().replace('_', '-');
  const [base = '', region] = raw.split('-');
  const lang = ALIASES[base.toLowerCase()];
  if (!lang) return null;
  if (region !== undefined && !/^([A-Za-z]{2}|\d{3})$/.test(region)) return null;
  const reg = region?.toUpperCase();
  return reg ? { lang, region: reg, tag: `${lang}-${reg}` } : { lang, tag: lang };
}

export function languageHelp(): string {
  return `${LANGUAGES.join(', ')} (optionally with a region, e.g. es-MX, vi-VN, en-US)`;
}

const FRANC: Record<string, Language> = { eng: 'en', spa: 'es', vie: 'vi' };
const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** Detects the language of an email, or throws LanguageError when there is too little text to tell. */
export function detectLanguage(text: string): Language {
  const prose = text
    .replace(/\{\{[\s\S]*?\}\}|\{[^{}\n]*\}|\$\{[^}]*\}|%\([^)]*\)s|\$[a-z_.]+|__[A-Z_]+__/gi, ' ')
    .replace(/https?:\/\/\S+|\S+@\S+|www\.\S+/g, ' ')
    .replace(/[\d.,:;/()#+\-–—·|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const letters = prose.replace(/[^\p{L}]/gu, '').length;
  const viMarks = prose.match(VI_LETTERS)?.length ?? 0;
  if (viMarks >= 5 && viMarks / Math.max(letters, 1) > 0.03) return 'vi';
  if (letters < 20) {
    throw new LanguageError('too little text to tell the language; pass --lang en, es or vi (or set lang in the front matter)');
  }
  const code = franc(prose, { only: ['eng', 'spa', 'vie'], minLength: 10 });
  const lang = FRANC[code];
  if (!lang) {
    throw new LanguageError('could not tell the language; pass --lang en, es or vi (or set lang in the front matter)');
  }
  return lang;
}
