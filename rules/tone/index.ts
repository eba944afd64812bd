/** The `tone/*` rules, in the order they run. */
import type { Rule } from '../core/rule.ts';
import { insult } from './insult.ts';
import { blame } from './blame.ts';
import { threat } from './threat.ts';
import { shaming } from './shaming.ts';
import { ultimatum } from './ultimatum.ts';
import { passiveAggressive } from './passive-aggressive.ts';
import { shouting } from './shouting.ts';
import { registerMix } from './register-mix.ts';
import { negativeSentiment } from './negative-sentiment.ts';

export const toneRules: Rule[] = [insult, blame, threat, shaming, ultimatum, passiveAggressive, shouting, registerMix, negativeSentiment];
