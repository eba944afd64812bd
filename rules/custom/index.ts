/** The `custom/*` rules: checks a team defines in its configuration. */
import type { Rule } from '../core/rule.ts';
import { customPhrase } from './phrase.ts';

export const customRules: Rule[] = [customPhrase];
