/**
 * tactful's engine: `lint(text, options) → report`. Shared unchanged by the CLI, the server and
 * the composer in the browser; nothing here imports Node-only modules.
 */
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { buildDocument, InputError, type Document } from './core/document.ts';
import { analyse, type Analysis } from './core/analysis.ts';
import { detectLanguage, LanguageError, parseLanguageTag, type LanguageTag } from './core/language.ts';
import { inferStage, isUnsetStage, parseStage } from './core/stage.ts';
import type { EngineSettings, Finding, Rule, RuleContext } from './core/rule.ts';
import {
  ELEMENTS,
  type ElementId,
  type ElementsMap,
  type EvidenceSummary,
  type Format,
  type InvoiceRecord,
  type LintMessage,
  type Report,
  type Severity,
  type SeveritySetting,
  type Stage,
} from './core/types.ts';
import { elementRules, emailRules } from './registry.ts';
import { summarizeTone } from './tone/summary.ts';
import { applyDirectives } from './core/directives.ts';
import { allowedSpans } from './custom/phrase.ts';

export * from './core/types.ts';
export { InputError } from './core/document.ts';
export { LanguageError, parseLanguageTag, detectLanguage } from './core/language.ts';
export { parseStage, inferStage } from './core/stage.ts';
export { allRules, emailRules, libraryRules, elementRules, findRule } from './registry.ts';
export type { Rule, RuleMeta, Finding, EngineSettings } from './core/rule.ts';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface LintOptions {
  /** Language (en, es, vi, optionally with region: es-MX). Overrides front matter and detection. */
  language?: string;
  /** Stage. Overrides front matter. */
  stage?: Stage | string;
  /** Language and stage from configuration overrides: below front matter, above the file name. */
  configLanguage?: string;
  configStage?: Stage | string;
  /** Subject line, when it is not in the text's front matter. */
  subject?: string;
  format?: Format;
  /** File name, for language/stage from the naming convention (overdue.es.md). */
  fileName?: string;
  invoice?: InvoiceRecord;
  /** Severity per rule id ("off" disables). */
  rules?: Record<string, SeveritySetting>;
  settings?: Partial<EngineSettings>;
  /** Today's date (yyyy-mm-dd), for date-based checks. Defaults to the current date. */
  today?: string;
  /** Include element evidence in the report (for the composer and parity checks). */
  evidence?: boolean;
}

export const DEFAULT_SETTINGS: EngineSettings = { contactChannels: 3, extraPlaceholders: {}, extraPhrases: {} };

/** Language and stage from a file name: `overdue.es.md`, `es/overdue.md`, `final-demand.vi-VN.html`. */
export function fromFileName(fileName: string): { language?: string; stage?: Stage } {
  const parts = fileName.split(/[\\/]/);
  const base = parts[parts.length - 1] ?? '';
  const dir = parts[parts.length - 2];
  const pieces = base.split('.').slice(0, -1);
  const out: { language?: string; stage?: Stage } = {};
  for (const piece of pieces.slice(1).reverse()) {
    const tag = parseLanguageTag(piece);
    if (tag && /^[a-z]{2}([-_][A-Za-z]{2})?$/.test(piece)) {
      out.language = tag.tag;
      break;
    }
  }
  if (!out.language && dir && /^[a-z]{2}([-_][A-Z]{2})?$/.test(dir)) {
    const tag = parseLanguageTag(dir);
    if (tag) out.language = tag.tag;
  }
  for (const piece of [pieces[0] ?? '', ...pieces]) {
    const s = parseStage(piece) ?? STAGE_IN_NAME.exec(piece)?.[1];
    if (s) {
      out.stage = parseStage(s) ?? undefined;
      if (out.stage) break;
    }
  }
  return out;
}
const STAGE_IN_NAME = /(?:^|[-_])(before-due|final-demand|overdue|collection|due)(?:$|[-_])/i;

interface Prepared {
  doc: Document;
  tag: LanguageTag;
  stage: Stage | null;
  stageSource: Report['stageSource'];
  subjectOffset: number;
}

function prepare(text: string, options: LintOptions): Prepared {
  if (typeof text !== 'string') throw new InputError('text must be a string');
  let source = text;
  let subjectOffset = 0;
  if (options.subject !== undefined && options.subject.trim()) {
    // The subject is linted as part of the email: lint "subject\n\nbody" and map positions back.
    const subject = options.subject.replace(/[\r\n]+/g, ' ');
    source = `${subject}\n\n${text}`;
    subjectOffset = subject.length + 2;
  }
  const doc = buildDocument(source, { format: options.format });
  if (subjectOffset) {
    doc.subject = { start: 0, end: doc.projection.fromSource(subjectOffset - 2) };
    doc.bodyStart = doc.projection.fromSource(subjectOffset);
  }
  const fm = doc.frontMatter?.data ?? {};
  const fromName = options.fileName ? fromFileName(options.fileName) : {};
  let tag: LanguageTag | null = null;
  const langInput = options.language ?? (typeof fm.lang === 'string' ? fm.lang : typeof fm.language === 'string' ? fm.language : undefined) ?? options.configLanguage ?? fromName.language;
  if (langInput !== undefined) {
    tag = parseLanguageTag(String(langInput));
    if (!tag) {
      const where = options.language !== undefined ? 'language' : fm.lang !== undefined ? 'front matter lang' : options.configLanguage !== undefined ? 'config language' : 'file name';
      throw new UsageError(`unknown ${where} "${langInput}": use en, es or vi (optionally with a region, e.g. es-MX)`);
    }
  } else {
    const lang = detectLanguage(doc.text);
    tag = { lang, tag: lang };
  }
  let stage: Stage | null = null;
  let stageSource: Report['stageSource'] = 'none';
  const stageInput = options.stage ?? (isUnsetStage(fm.stage) ? undefined : String(fm.stage)) ?? options.configStage ?? fromName.stage;
  if (stageInput !== undefined && !isUnsetStage(stageInput)) {
    stage = parseStage(String(stageInput));
    if (!stage) {
      const where = options.stage !== undefined ? 'stage' : 'front matter stage';
      throw new UsageError(`unknown ${where} "${stageInput}": use before-due, due, overdue, collection or final-demand`);
    }
    stageSource = 'given';
  } else {
    stage = inferStage(doc.text);
    stageSource = stage ? 'inferred' : 'none';
  }
  return { doc, tag, stage, stageSource, subjectOffset };
}

/** Everything the rules need, for callers that run extra checks on the same email (parity, composer). */
export function analyseText(text: string, options: LintOptions = {}): { analysis: Analysis; stage: Stage | null; language: string } {
  const p = prepare(text, options);
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  return {
    analysis: analyse(p.doc, p.tag.lang, { region: p.tag.region, extraPlaceholders: settings.extraPlaceholders }),
    stage: p.stage,
    language: p.tag.tag,
  };
}

export function lint(text: string, options: LintOptions = {}): Report {
  return lintDetailed(text, options).report;
}

/** A report with the analysis it was built from, for callers that run more checks on the same email. */
export interface Linted {
  report: Report;
  analysis: Analysis;
}

/** `lint`, also returning the analysis (the library review compares variants on it). */
export function lintDetailed(text: string, options: LintOptions = {}): Linted {
  const p = prepare(text, options);
  const settings: EngineSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const analysis = analyse(p.doc, p.tag.lang, { region: p.tag.region, extraPlaceholders: settings.extraPlaceholders });
  const elements = {} as ElementsMap;
  const evidence: Partial<Record<ElementId, EvidenceSummary[]>> = {};
  for (const id of ELEMENTS) {
    const result = elementRules[id].detect(analysis, settings);
    elements[id] = result.present;
    if (options.evidence) {
      evidence[id] = result.evidence.map((e) => ({
        kind: e.kind,
        text: e.text,
        range: shiftRange(p.doc.projection.sourceRange(e.start, e.end), p.subjectOffset),
      }));
    }
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const messages: Array<LintMessage & { weight?: number }> = [];
  const file = new VFile({ value: p.doc.source });
  const place = location(file);
  const severities = options.rules ?? {};
  // Config `phrases.<lang>.allow`: tone findings overlapping an allowed phrase are dropped.
  const allowed = allowedSpans(analysis.text, settings.extraPhrases[p.tag.lang]?.allow);
  const isAllowed = (rule: Rule, f: Finding) => rule.meta.id.startsWith('tone/') && allowed.some((a) => f.start < a.end && f.end > a.start);
  for (const rule of emailRules) {
    const setting = severities[rule.meta.id];
    if (setting === 'off') continue;
    if (!rule.meta.languages.includes(p.tag.lang)) continue;
    if (rule.meta.needsInvoice && !options.invoice) continue;
    const ctx: RuleContext = {
      analysis,
      lang: p.tag.lang,
      region: p.tag.region,
      stage: p.stage,
      elements,
      invoice: options.invoice,
      settings,
      today,
      report: (f) => {
        if (!isAllowed(rule, f)) messages.push(toMessage(rule, f, setting, p, place));
      },
    };
    rule.check(ctx);
  }
  messages.sort((a, b) => a.range[0] - b.range[0] || a.ruleId.localeCompare(b.ruleId));
  // Inline `tactful-disable` comments (read from the source, where comments still are).
  const kept = applyDirectives(messages, text);
  const tone = summarizeTone({
    stage: p.stage,
    findings: kept.filter((m) => m.ruleId.startsWith('tone/')).map((m) => ({ ruleId: m.ruleId, weight: m.weight ?? 0.5 })),
  });
  const report: Report = {
    language: p.tag.tag,
    stage: p.stage,
    stageSource: p.stageSource,
    messages: kept.map(({ weight: _w, ...m }) => m),
    elements,
    tone,
  };
  if (options.evidence) report.evidence = evidence;
  if (p.doc.subject) report.subject = p.doc.text.slice(p.doc.subject.start, p.doc.subject.end);
  else if (options.subject !== undefined) report.subject = options.subject;
  return { report, analysis };
}

function shiftRange(range: [number, number], by: number): [number, number] {
  return [Math.max(0, range[0] - by), Math.max(0, range[1] - by)];
}

function toMessage(
  rule: Rule,
  f: Finding,
  setting: SeveritySetting | undefined,
  p: Prepared,
  place: ReturnType<typeof location>,
): LintMessage & { weight?: number } {
  const [s, e] = p.doc.projection.sourceRange(f.start, f.end);
  const severity: Severity = setting && setting !== 'off' ? setting : (f.severity ?? rule.meta.severity);
  const offsetToPoint = (offset: number) => {
    const pt = place.toPoint(offset) ?? { line: 1, column: 1 };
    return pt;
  };
  let start = offsetToPoint(s);
  let end = offsetToPoint(e);
  let range: [number, number] = [s, e];
  let field: 'subject' | 'body' | undefined;
  if (p.subjectOffset) {
    // Positions relative to the body; findings in the subject say so and count columns in the subject.
    if (s < p.subjectOffset) {
      field = 'subject';
      start = { line: 1, column: s + 1 };
      end = { line: 1, column: Math.min(e, p.subjectOffset - 2) + 1 };
      range = [s, Math.min(e, p.subjectOffset - 2)];
    } else {
      field = 'body';
      start = { line: start.line - 2, column: start.column };
      end = { line: end.line - 2, column: end.column };
      range = [s - p.subjectOffset, e - p.subjectOffset];
    }
  } else if (p.doc.frontMatter?.subjectRange && s >= p.doc.frontMatter.subjectRange[0] && e <= p.doc.frontMatter.subjectRange[1]) {
    field = 'subject';
  }
  const suggestions = (f.suggestions ?? []).map((sg) => {
    const [ss, se] = p.doc.projection.sourceRange(sg.start ?? f.start, sg.end ?? f.end);
    const shift = field === 'subject' && p.subjectOffset ? 0 : p.subjectOffset;
    const out: LintMessage['suggestions'][number] = { text: sg.text, range: [Math.max(0, ss - shift), Math.max(0, se - shift)] };
    if (sg.description) out.description = sg.description;
    return out;
  });
  const msg: LintMessage & { weight?: number; field?: 'subject' | 'body' } = {
    ruleId: rule.meta.id,
    severity,
    message: f.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    suggestions,
    fixable: !!(f.fixable ?? rule.meta.fixable) && suggestions.length > 0,
    range,
    actual: p.doc.source.slice(s, e),
  };
  if (field) msg.field = field;
  if (f.note) msg.note = f.note;
  if (f.element) msg.element = f.element;
  if (f.weight !== undefined) msg.weight = f.weight;
  return msg;
}
