// Shared by the required/* tests: lint a short email and read one element.
import { lint } from '../index.ts';
import type { ElementId, Language, Stage } from '../core/types.ts';

export function element(text: string, lang: Language, id: ElementId, stage: Stage = 'overdue'): boolean {
  return lint(text, { language: lang, stage }).elements[id];
}

export function finding(text: string, lang: Language, id: ElementId, stage: Stage = 'overdue') {
  return lint(text, { language: lang, stage }).messages.find((m) => m.ruleId === `required/${id}`);
}
