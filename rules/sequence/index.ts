/** The `sequence/*` rules, in the order they run. */
import type { LibraryRule } from '../library/types.ts';
import { identical } from './identical.ts';
import { escalation } from './escalation.ts';
import { gap } from './gap.ts';

export const sequenceRules: LibraryRule[] = [identical, escalation, gap];
