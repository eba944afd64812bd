/** The `quality/*` rules, in the order they run. */
import type { Rule } from '../core/rule.ts';

export const qualityRules: Rule[] = [];
