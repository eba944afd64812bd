/**
 * Request and response schemas of the HTTP API (DESIGN.md "The HTTP API contract"). Zod validates
 * every body; the same schemas generate /api/openapi.json.
 */
import { z } from '@hono/zod-openapi';
import { STAGES, parseLanguageTag } from '../rules/index.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written yyyy-mm-dd (2026-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

const isoDate = (what: string) =>
  z
    .string()
    .refine(isIsoDate, { message: `${what} must be a calendar date written yyyy-mm-dd (e.g. 2026-10-31)` })
    .openapi({ example: '2026-10-31', format: 'date' });

const text = (max: number) => z.string().trim().max(max);

export const LanguageSchema = z
  .string({ error: (i) => (i.input === undefined ? 'language is required: en, es or vi, optionally with a region (es-MX)' : 'language must be a string such as "en", "es-MX" or "vi-VN"') })
  .refine((v) => parseLanguageTag(v) !== null, {
    error: (issue) => `unknown language ${JSON.stringify(issue.input)}: use en, es or vi, optionally with a region (en-US, es-ES, es-MX, vi-VN)`,
  })
  .openapi({ example: 'es-ES', description: 'en, es or vi, optionally with a region (es-MX, es-ES, vi-VN, en-US); the region changes formatting only' });

export const StageSchema = z
  .enum(STAGES, {
    error: (issue) =>
      issue.input === undefined ? `stage is required: one of ${STAGES.join(', ')}` : `unknown stage ${JSON.stringify(issue.input)}: use ${STAGES.join(', ')}`,
  })
  .openapi({ example: 'overdue' });

export const InvoiceSchema = z
  .object({
    number: text(64).min(1, 'invoice number must not be empty').optional().openapi({ example: 'F-2026-311' }),
    amount: z
      .number({ error: 'amount must be a number (e.g. 1234.56), not a string' })
      .finite()
      .positive('amount must be greater than 0')
      .max(1e13, 'amount is too large')
      .optional()
      .openapi({ example: 1234.56 }),
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/, 'currency must be an ISO 4217 code such as EUR, MXN, USD or VND')
      .transform((c) => c.toUpperCase())
      .optional()
      .openapi({ example: 'EUR' }),
    issueDate: isoDate('issueDate').optional(),
    dueDate: isoDate('dueDate').optional(),
    url: z
      .string()
      .max(2048)
      .refine((u) => /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(u) && URL.canParse(u), 'url must be an http(s) link to the invoice')
      .optional()
      .openapi({ example: 'https://pay.example.com/F-2026-311' }),
    customerName: text(200).optional().openapi({ example: 'Construcciones Ruiz S.L.' }),
    contactName: text(200).optional().openapi({ example: 'Lucía Ruiz' }),
    lateFeeTerms: text(500).optional().openapi({ example: 'a 2% monthly interest applies to balances unpaid after 30 days' }),
  })
  .openapi('Invoice');

export type InvoiceInput = z.infer<typeof InvoiceSchema>;

/** The facts a draft cannot do without. */
export const DraftInvoiceSchema = InvoiceSchema.extend({
  number: text(64).min(1, 'invoice number must not be empty').openapi({ example: 'F-2026-311' }),
  amount: z
    .number({ error: (i) => (i.input === undefined ? 'amount is required' : 'amount must be a number (e.g. 1234.56), not a string') })
    .finite()
    .positive('amount must be greater than 0')
    .max(1e13, 'amount is too large')
    .openapi({ example: 1234.56 }),
  currency: z
    .string({ error: (i) => (i.input === undefined ? 'currency is required' : 'currency must be a string') })
    .regex(/^[A-Za-z]{3}$/, 'currency must be an ISO 4217 code such as EUR, MXN, USD or VND')
    .transform((c) => c.toUpperCase())
    .openapi({ example: 'EUR' }),
  dueDate: isoDate('dueDate'),
}).openapi('DraftInvoice');

export const SenderSchema = z
  .object({
    company: text(200).optional().openapi({ example: 'Suministros Levante S.L.' }),
    name: text(200).optional().openapi({ example: 'Marta Gil' }),
    email: z.email('email must be an email address').max(254).optional().openapi({ example: 'cobros@suministroslevante.es' }),
    phone: text(60).optional().openapi({ example: '+34 963 000 123' }),
    website: text(300).optional().openapi({ example: 'https://suministroslevante.es' }),
    address: text(400).optional().openapi({ example: 'Calle de Colón 12, 46004 Valencia' }),
    fax: text(60).optional().openapi({ example: '+34 963 000 124' }),
  })
  .openapi('Sender');

export type SenderInput = z.infer<typeof SenderSchema>;

export const DraftRequestSchema = z
  .object({
    stage: StageSchema,
    language: LanguageSchema,
    invoice: DraftInvoiceSchema,
    sender: SenderSchema.optional(),
    today: isoDate('today').optional().openapi({ description: 'Date the reminder is sent (defaults to today, UTC); used for days overdue.' }),
  })
  .openapi('DraftRequest');

export const DraftResponseSchema = z
  .object({
    subject: z.string(),
    body: z.string(),
    language: z.string(),
    stage: StageSchema,
  })
  .openapi('Draft');

export const LintRequestSchema = z
  .object({
    text: z.string({ error: (i) => (i.input === undefined ? 'text is required (the email body)' : 'text must be a string') }).max(200_000),
    subject: z.string().max(2000).optional(),
    language: LanguageSchema.optional(),
    stage: StageSchema.nullable().optional(),
    invoice: InvoiceSchema.optional(),
    format: z.enum(['text', 'markdown', 'html', 'handlebars', 'liquid', 'jinja', 'twig']).optional(),
    today: isoDate('today').optional().openapi({ description: 'Date for date-based checks (defaults to today, UTC).' }),
    evidence: z.boolean().optional().openapi({ description: 'Include the evidence found for each element.' }),
  })
  .openapi('LintRequest');

export type LintRequest = z.infer<typeof LintRequestSchema>;

export const RewriteRequestSchema = LintRequestSchema.pick({ text: true, subject: true, language: true, stage: true, invoice: true }).openapi(
  'RewriteRequest',
);

export type RewriteRequest = z.infer<typeof RewriteRequestSchema>;

const MessageSchema = z
  .object({
    ruleId: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    line: z.number(),
    column: z.number(),
    endLine: z.number(),
    endColumn: z.number(),
    suggestions: z.array(z.object({ text: z.string(), range: z.tuple([z.number(), z.number()]), description: z.string().optional() })),
    fixable: z.boolean(),
    range: z.tuple([z.number(), z.number()]),
    note: z.string().optional(),
    actual: z.string().optional(),
    field: z.enum(['subject', 'body']).optional(),
    element: z.string().optional(),
  })
  .openapi('Message');

export const ReportSchema = z
  .object({
    language: z.string(),
    stage: StageSchema.nullable(),
    stageSource: z.enum(['given', 'inferred', 'none']).optional(),
    messages: z.array(MessageSchema),
    elements: z.record(z.string(), z.boolean()),
    tone: z.object({ label: z.enum(['polite', 'firm', 'aggressive']), score: z.number() }),
    evidence: z.record(z.string(), z.array(z.object({ kind: z.string(), text: z.string(), range: z.tuple([z.number(), z.number()]) }))).optional(),
    subject: z.string().optional(),
  })
  .openapi('Report');

export const RewriteResponseSchema = z
  .object({
    subject: z.string(),
    body: z.string(),
    report: ReportSchema,
    /** Word diff: [{field: 'subject'|'body', value, added?, removed?}]. */
    changes: z.array(z.unknown()),
    /** Line diff of the body, for a side-by-side view. */
    lineChanges: z.array(z.unknown()).optional(),
    /** How many model calls it took (a retry with the failures as feedback counts). */
    attempts: z.number().int().optional(),
  })
  .openapi('Rewrite');

export const ErrorSchema = z
  .object({
    error: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** Rewrite errors: why (fact-check, timeout, refusal…) and what failed. */
    reason: z.string().optional(),
    failures: z.array(z.object({ code: z.string(), message: z.string(), field: z.string().optional() })).optional(),
  })
  .openapi('Error');

export const HealthSchema = z.object({ ok: z.boolean(), llm: z.boolean() }).openapi('Health');

export const RuleInfoSchema = z
  .object({
    id: z.string(),
    family: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    languages: z.array(z.string()),
    description: z.string(),
    doc: z.string(),
    examples: z.record(z.string(), z.object({ good: z.string(), bad: z.string() })),
    fixable: z.boolean(),
    needsInvoice: z.boolean(),
    scope: z.enum(['email', 'library']),
  })
  .openapi('Rule');
