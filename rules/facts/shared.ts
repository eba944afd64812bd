/** Helpers shared by the facts/* rules: cue data, day arithmetic, money formatting. */
import { z } from 'zod';
import type { Rule, RuleContext, RuleExample } from '../core/rule.ts';
import { LANGUAGES, type InvoiceRecord, type Language, type Severity } from '../core/types.ts';
import cuesData from './cues.yml';

const languageCues = z
  .object({
    'invoice-number': z.object({ cue: z.string().min(1), marker: z.string().min(1) }).strict(),
    'days-overdue': z.array(z.string().min(1)).min(1),
    conditional: z.array(z.string().min(1)),
  })
  .strict();
const cuesSchema = z.object({ en: languageCues, es: languageCues, vi: languageCues }).strict();

export interface FactsCues {
  /** Cue, optional marker, then the number itself (group 1). */
  invoiceNumber: RegExp;
  /** Group 1: the number of days. */
  daysOverdue: RegExp[];
  /** Matches text that ends with a word making the number a condition ("more than "). */
  conditional: RegExp;
}

let parsed: z.infer<typeof cuesSchema> | null = null;
const cache = new Map<Language, FactsCues>();

export function factsCues(lang: Language): FactsCues {
  let c = cache.get(lang);
  if (c) return c;
  if (!parsed) {
    const result = cuesSchema.safeParse(cuesData);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`rules/facts/cues.yml: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    parsed = result.data;
  }
  const d = parsed[lang];
  const B = '(?<![\\p{L}\\p{N}])';
  c = {
    invoiceNumber: new RegExp(
      `${B}${d['invoice-number'].cue}\\s*(?:${d['invoice-number'].marker}\\s*)?:?\\s*([\\p{L}\\p{N}#][\\p{L}\\p{N}\\-/._#]*)`,
      'giu',
    ),
    daysOverdue: d['days-overdue'].map((p) => new RegExp(`${B}${p.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu')),
    conditional: d.conditional.length
      ? new RegExp(`${B}(?:${d.conditional.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu')
      : /(?!)/u,
  };
  cache.set(lang, c);
  return c;
}

/** Whole days from `from` to `to` (yyyy-mm-dd); positive when `to` is later; null if either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / 86_400_000);
}

/** Money as a reader in the region writes it (one implementation, in rules/core/format.ts). */
export { formatAmount as formatMoney } from '../core/format.ts';

/** Invoice numbers compare without case, spaces or a leading "#"/"No.". */
export function normalizeNumber(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/^(?:#|no\.?|nº|n\.º|số)\s*/u, '')
    .replace(/[\s#]/g, '');
}

export interface FactRuleSpec {
  /** The rule id is `facts/<name>`. */
  name: string;
  /** Default: error. */
  severity?: Severity;
  /** Default: true (the record's value is the fix). */
  fixable?: boolean;
  description: string;
  docs: string;
  examples: Record<Language, RuleExample>;
  check(ctx: RuleContext & { invoice: InvoiceRecord }): void;
}

/** One factory for the facts/* rules: every one needs the invoice record and covers the three languages. */
export function factRule(spec: FactRuleSpec): Rule {
  return {
    meta: {
      id: `facts/${spec.name}`,
      severity: spec.severity ?? 'error',
      languages: LANGUAGES,
      needsInvoice: true,
      fixable: spec.fixable ?? true,
      description: spec.description,
      docs: spec.docs,
      examples: spec.examples,
    },
    check(ctx) {
      if (ctx.invoice) spec.check({ ...ctx, invoice: ctx.invoice });
    },
  };
}
