/** Stages: parsing, and a best guess from the wording when no stage is given. */
import { STAGES, type Stage } from './types.ts';

export function parseStage(input: string): Stage | null {
  const s = input.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return (STAGES as readonly string[]).includes(s) ? (s as Stage) : null;
}

export function stageHelp(): string {
  return STAGES.join(', ');
}

/** Values that mean "no stage given" in front matter (real template libraries use them). */
export function isUnsetStage(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && /^(|unknown|none|any|n\/a|-)$/i.test(value.trim()));
}

const CUES: Array<[Stage, RegExp]> = [
  ['final-demand', /(?<![\p{L}\p{N}])(final (demand|notice)|last (notice|reminder)|formal demand|letter before action|requerimiento (final|formal)|último aviso|carta de requerimiento|thư yêu cầu thanh toán lần cuối|lần cuối|khởi kiện)(?![\p{L}\p{N}])/iu],
  ['collection', /(?<![\p{L}\p{N}])(collection|collections|debt collect\w*|payment plan|cobranza|cobro|convenio de pago|plan de pagos|thu hồi nợ|trả góp|đóng theo đợt)(?![\p{L}\p{N}])/iu],
  ['overdue', /(?<![\p{L}\p{N}])(overdue|past due|late payment|vencid[ao]s?|venció|impag[ao]d?[ao]?|en mora|de mora|quá hạn|chậm thanh toán)(?![\p{L}\p{N}])/iu],
  ['due', /(?<![\p{L}\p{N}])(due today|is due|vence hoy|vence el|đến hạn)(?![\p{L}\p{N}])/iu],
  ['before-due', /(?<![\p{L}\p{N}])(upcoming|will be due|falls due|before the due date|próximo vencimiento|vencerá|sắp đến hạn|sẽ đến hạn)(?![\p{L}\p{N}])/iu],
];

/** Guesses the stage from the wording; null when nothing says. */
export function inferStage(text: string): Stage | null {
  for (const [stage, re] of CUES) if (re.test(text)) return stage;
  return null;
}
