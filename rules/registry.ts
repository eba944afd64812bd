/** Every rule, by family. A new rule is one file plus one line in its family's index. */
import type { Rule } from './core/rule.ts';
import type { ElementId } from './core/types.ts';
import { invoiceCopy } from './required/invoice-copy.ts';
import { amount } from './required/amount.ts';
import { dueDate } from './required/due-date.ts';
import { callToAction } from './required/call-to-action.ts';
import { contactDetails } from './required/contact-details.ts';
import { alreadyPaidNote } from './required/already-paid-note.ts';
import type { ElementRule } from './required/element-rule.ts';
import { toneRules } from './tone/index.ts';
import { factsRules } from './facts/index.ts';
import { qualityRules } from './quality/index.ts';
import { parityRules } from './parity/index.ts';
import { sequenceRules } from './sequence/index.ts';
import { customRules } from './custom/index.ts';

export const elementRules: Record<ElementId, ElementRule> = {
  'invoice-copy': invoiceCopy,
  amount,
  'due-date': dueDate,
  'call-to-action': callToAction,
  'contact-details': contactDetails,
  'already-paid-note': alreadyPaidNote,
};

/** Rules that run on each email. */
export const emailRules: Rule[] = [...Object.values(elementRules), ...toneRules, ...factsRules, ...qualityRules, ...customRules];

/** Rules that compare emails (variants of one template, stages of one sequence). */
export const libraryRules: Rule[] = [...parityRules, ...sequenceRules];

export const allRules: Rule[] = [...emailRules, ...libraryRules];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
