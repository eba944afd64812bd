/** The `quality/*` rules, in the order they run. */
import type { Rule } from '../core/rule.ts';
import { placeholderSyntax } from './placeholder-syntax.ts';
import { spelling } from './spelling.ts';
import { viDiacritics } from './vi-diacritics.ts';
import { esInvertedMarks } from './es-inverted-marks.ts';
import { length } from './length.ts';
import { noReply } from './no-reply.ts';

export const qualityRules: Rule[] = [placeholderSyntax, spelling, viDiacritics, esInvertedMarks, length, noReply];
