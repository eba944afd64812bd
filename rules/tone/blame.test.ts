import { describe } from 'vitest';
import { runTable } from './test-helpers.ts';

const EN_FIX = 'Our records show the invoice is still open; please let us know if anything is holding it up.';
const ES_FIX = 'Según nuestros registros la factura sigue pendiente; si hay algún inconveniente, díganos y lo resolvemos.';
const VI_FIX = 'Theo ghi nhận của chúng tôi, hóa đơn vẫn chưa được thanh toán; nếu có vướng mắc, xin Quý khách cho chúng tôi biết để cùng giải quyết.';

describe('tone/blame', () => {
  runTable('tone/blame', {
    valid: [
      { lang: 'en', stage: 'overdue', text: 'Our records show that invoice 77 is still open. If there is a problem, please call us.' },
      { lang: 'es', stage: 'overdue', text: 'Según nuestros registros, la factura 77 sigue pendiente. Si hay algún problema, llámenos.' },
      { lang: 'vi', stage: 'overdue', text: 'Theo ghi nhận, hóa đơn số 77 vẫn chưa được thanh toán. Nếu có vướng mắc, xin liên hệ chúng tôi.' },
    ],
    invalid: [
      { lang: 'en', stage: 'overdue', text: 'Due to your negligence the invoice is still unpaid.', actual: 'your negligence', suggestion: 'Due to your negligence the invoice is still unpaid.'.replace(/.*/, EN_FIX), fixable: false },
      { lang: 'en', stage: 'due', text: 'We will no longer tolerate late payment.', actual: 'We will no longer tolerate', suggestion: 'We would like to settle this with you as soon as possible.' },
      { lang: 'es', stage: 'overdue', text: 'Usted no ha cumplido con el pago acordado.', actual: 'Usted no ha cumplido', suggestion: ES_FIX },
      { lang: 'es', stage: 'due', text: 'No nos haga perder más tiempo.', actual: 'No nos haga perder más tiempo', suggestion: 'Queremos resolver este asunto con usted lo antes posible.' },
      { lang: 'vi', stage: 'overdue', text: 'Quý khách cố tình không thanh toán hóa đơn.', actual: 'cố tình', suggestion: VI_FIX },
      { lang: 'vi', stage: 'due', text: 'Chúng tôi đã quá mệt mỏi với việc nhắc nợ.', actual: 'đã quá mệt mỏi với', suggestion: 'Chúng tôi mong được cùng Quý khách giải quyết việc này sớm nhất.' },
    ],
  });
});
