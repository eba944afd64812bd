/** The `facts/*` rules, in the order they run. They need the invoice record (`meta.needsInvoice`). */
import type { Rule } from '../core/rule.ts';
import { amountFact } from './amount.ts';
import { dueDateFact } from './due-date.ts';
import { invoiceNumberFact } from './invoice-number.ts';
import { daysOverdueFact } from './days-overdue.ts';
import { stageFact } from './stage.ts';

export const factsRules: Rule[] = [amountFact, dueDateFact, invoiceNumberFact, daysOverdueFact, stageFact];
