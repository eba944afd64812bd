/** Shared by the facts/* tests: lint a text with an invoice record and keep one rule's messages. */
import { lint } from '../index.ts';
import type { InvoiceRecord, LintMessage } from '../core/types.ts';

export const TODAY = '2026-11-23';

export const RECORDS: Record<'en' | 'es' | 'vi', InvoiceRecord> = {
  en: { number: 'INV-2041', amount: 2380, currency: 'USD', issueDate: '2026-10-01', dueDate: '2026-10-31', customerName: 'Harbor Logistics LLC' },
  es: { number: 'F-2026-311', amount: 1234.56, currency: 'EUR', issueDate: '2026-10-01', dueDate: '2026-10-31', customerName: 'Construcciones Ruiz S.L.' },
  vi: { number: '0004127', amount: 12_500_000, currency: 'VND', issueDate: '2026-10-01', dueDate: '2026-10-31', customerName: 'Công ty TNHH Minh Phát' },
};

export function findings(
  ruleId: string,
  text: string,
  lang: 'en' | 'es' | 'vi',
  options: { stage?: string; invoice?: InvoiceRecord; today?: string; language?: string } = {},
): LintMessage[] {
  const report = lint(text, {
    language: options.language ?? lang,
    stage: options.stage ?? 'overdue',
    invoice: options.invoice ?? RECORDS[lang],
    today: options.today ?? TODAY,
  });
  return report.messages.filter((m) => m.ruleId === ruleId);
}
