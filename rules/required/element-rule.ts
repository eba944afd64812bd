/**
 * One factory for the six `required/<element>` rules: each rule file supplies its detector and its
 * docs; the factory reports a missing element where it belongs, with an example sentence in the
 * email's own language (rules/locales/<lang>/messages.yml).
 */
import type { Analysis } from '../core/analysis.ts';
import type { Rule, RuleExample, RuleMeta } from '../core/rule.ts';
import type { ElementId, InvoiceRecord, Language } from '../core/types.ts';
import { LANGUAGES } from '../core/types.ts';
import { messageData } from '../locales/index.ts';
import { PhraseSet } from '../core/phrases.ts';
import { formatAmount, formatLongDate } from '../core/format.ts';
import type { ElementDetector, ElementResult } from './evidence.ts';

export interface ElementRuleSpec {
  element: ElementId;
  description: string;
  docs: string;
  examples: Record<Language, RuleExample>;
  detect: ElementDetector;
  /** Where a missing element is best added. */
  placement: 'after-opening' | 'before-closing' | 'end';
  message: (detail?: string) => string;
}

export interface ElementRule extends Rule {
  element: ElementId;
  detect: ElementDetector;
}

export function elementRule(spec: ElementRuleSpec): ElementRule {
  // lint() detects every element to fill `elements`, then the rule reports the missing ones:
  // one detection per analysis serves both (an analysis belongs to one lint, with one settings object).
  const results = new WeakMap<Analysis, ElementResult>();
  const detect: ElementDetector = (analysis, settings) => {
    let result = results.get(analysis);
    if (!result) {
      result = spec.detect(analysis, settings);
      results.set(analysis, result);
    }
    return result;
  };
  const meta: RuleMeta = {
    id: `required/${spec.element}`,
    severity: 'error',
    languages: LANGUAGES,
    description: spec.description,
    docs: spec.docs,
    examples: spec.examples,
    fixable: false,
  };
  return {
    meta,
    element: spec.element,
    detect,
    check(ctx) {
      if (ctx.elements[spec.element]) return;
      const result = detect(ctx.analysis, ctx.settings);
      const at = insertionPoint(ctx.analysis, spec.placement);
      const sentence = suggestionText(spec.element, ctx.lang, ctx.region, ctx.invoice);
      // Before the sign-off: a paragraph of its own ahead of it; otherwise after the anchor sentence.
      const text = at.before ? `${sentence}\n\n` : at.newline ? `\n\n${sentence}` : ` ${sentence}`;
      ctx.report({
        start: at.anchor.start,
        end: at.anchor.end,
        message: spec.message(result.detail),
        element: spec.element,
        suggestions: [
          {
            text,
            start: at.offset,
            end: at.offset,
            description: `Add: ${sentence}`,
          },
        ],
      });
    },
  };
}

interface Point {
  /** Where to insert (projected offset). */
  offset: number;
  /** Whether to insert as its own paragraph. */
  newline: boolean;
  /** Whether the insertion goes before the anchor (the sign-off) rather than after it. */
  before?: boolean;
  /** The span the finding points at. */
  anchor: { start: number; end: number };
}

const closingCache = new Map<Language, { closings: PhraseSet; greetings: PhraseSet }>();
function openings(lang: Language) {
  let c = closingCache.get(lang);
  if (!c) {
    const d = messageData(lang);
    c = { closings: new PhraseSet(d.closings), greetings: new PhraseSet(d.greetings) };
    closingCache.set(lang, c);
  }
  return c;
}

/** Finds where a missing element should go: after the opening sentence, before the sign-off, or at the end. */
export function insertionPoint(a: Analysis, placement: ElementRuleSpec['placement']): Point {
  const body = a.sentences.filter((s) => s.start >= a.doc.bodyStart);
  const { closings, greetings } = openings(a.lang);
  const isGreeting = (t: string) => {
    const m = greetings.exec(t);
    return (m?.start === 0 && t.length < 80) || /[,:]$/.test(t.trim()) && t.length < 60;
  };
  const isClosing = (t: string) => {
    const clean = t.replace(/[,.!]+$/, '').trim();
    const m = closings.exec(clean);
    return !!m && m.start === 0 && m.end >= clean.length - 1;
  };
  const end = a.text.replace(/\s+$/, '').length;
  const whole = { start: Math.min(a.doc.bodyStart, end), end };
  if (!body.length) return { offset: end, newline: true, anchor: whole };
  if (placement === 'end') {
    const last = body[body.length - 1]!;
    return { offset: last.end, newline: true, anchor: { start: last.start, end: last.end } };
  }
  if (placement === 'before-closing') {
    const closing = body.find((s, i) => i > 0 && isClosing(s.text));
    if (closing) return { offset: closing.start, newline: true, before: true, anchor: { start: closing.start, end: closing.end } };
    const last = body[body.length - 1]!;
    return { offset: last.end, newline: true, anchor: { start: last.start, end: last.end } };
  }
  const first = body.find((s) => !isGreeting(s.text) && !isClosing(s.text)) ?? body[0]!;
  return { offset: first.end, newline: false, anchor: { start: first.start, end: first.end } };
}

/** The example sentence for a missing element, in the email's language, filled from the invoice when known. */
export function suggestionText(element: ElementId, lang: Language, region: string | undefined, invoice?: InvoiceRecord): string {
  const d = messageData(lang);
  const values: Record<string, string | undefined> = {
    number: invoice?.number,
    url: invoice?.url,
    amount:
      invoice?.amount !== undefined && invoice.currency
        ? formatAmount(invoice.amount, invoice.currency, lang, region)
        : undefined,
    dueDate: invoice?.dueDate ? formatLongDate(invoice.dueDate, lang, region) : undefined,
  };
  return (d.suggestions[element] ?? '').replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? d.gaps[key] ?? `[${key}]`);
}
