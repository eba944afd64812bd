/** The `quality/*` rules, in the order they run. */
import type { Rule } from '../core/rule.ts';
import { placeholderSyntax } from './placeholder-syntax.ts';

export const qualityRules: Rule[] = [placeholderSyntax];
