/** The `tone/*` rules, in the order they run. */
import type { Rule } from '../core/rule.ts';

export const toneRules: Rule[] = [];
