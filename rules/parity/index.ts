/** The `parity/*` rules, in the order they run. */
import type { Rule } from '../core/rule.ts';

export const parityRules: Rule[] = [];
