/** The `parity/*` rules, in the order they run. */
import type { LibraryRule } from '../library/types.ts';
import { placeholders } from './placeholders.ts';
import { missingElement } from './missing-element.ts';
import { untranslated } from './untranslated.ts';
import { toneDrift } from './tone-drift.ts';
import { missingVariant } from './missing-variant.ts';
import { facts } from './facts.ts';
import { fuzzy } from './fuzzy.ts';

export const parityRules: LibraryRule[] = [placeholders, missingElement, untranslated, toneDrift, facts, missingVariant, fuzzy];
