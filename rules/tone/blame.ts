/** tone/blame: blaming the reader or venting exasperation ("your negligence", "usted no ha cumplido", "cố tình"). */
import { phraseRule } from './phrase-rule.ts';

export const blame = phraseRule({
  id: 'tone/blame',
  category: 'blame',
  severity: 'warning',
  description: 'Blames the reader or vents frustration.',
  docs:
    'A reminder assumes an oversight or a problem that can be solved together (seeds: "la supervisión, los ' +
    'errores de cálculo y las circunstancias atenuantes ocurren en la vida de todos"). Accusing the reader ' +
    '("your negligence", "usted no ha cumplido", "Quý khách cố tình") or venting ("we will no longer tolerate", ' +
    '"estoy harto", "quá mệt mỏi") puts them on the defensive. State the facts and offer help.',
  examples: {
    en: { bad: 'Due to your negligence the invoice is still unpaid.', good: 'Our records show the invoice is still open.' },
    es: { bad: 'Usted no ha cumplido con su obligación de pago.', good: 'Según nuestros registros, la factura sigue pendiente.' },
    vi: { bad: 'Quý khách cố tình không thanh toán.', good: 'Theo ghi nhận của chúng tôi, hóa đơn vẫn chưa được thanh toán.' },
  },
  message: (entry, text) => `"${text}" ${entry.kind === 'blame' ? 'blames the reader' : 'vents frustration'}: state the facts and offer help instead.`,
});
