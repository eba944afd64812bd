import { describe } from 'vitest';
import { runTable } from './test-helpers.ts';

describe('tone/insult', () => {
  runTable('tone/insult', {
    valid: [
      { lang: 'en', stage: 'overdue', text: 'Dear customer, invoice 2041 for $500 is now 10 days overdue. Please pay by 14 June 2026.' },
      { lang: 'es', stage: 'overdue', text: 'Estimado cliente: la factura 2041 por 500 € tiene 10 días de mora. Se causan intereses de mora según el contrato.' },
      { lang: 'vi', stage: 'overdue', text: 'Kính gửi Quý khách, hóa đơn số 2041 đã quá hạn 10 ngày. Điều kiện thanh toán ghi trên hợp đồng.' },
    ],
    invalid: [
      { lang: 'en', stage: 'due', text: 'We do not work for deadbeats, so pay invoice 2041 today.', actual: 'deadbeats', suggestion: 'customer', fixable: true },
      { lang: 'en', stage: 'overdue', text: "I'm tired of chasing people like you for money.", actual: 'people like you', suggestion: 'you', fixable: true },
      { lang: 'es', stage: 'overdue', text: 'Usted figura como moroso en nuestros registros.', actual: 'moroso', suggestion: 'cliente', fixable: true },
      { lang: 'es', stage: 'overdue', text: 'Me parece una vergüenza que no haya pagado.', actual: 'una vergüenza', suggestion: '' },
      { lang: 'vi', stage: 'overdue', text: 'Chúng tôi không muốn làm ăn với con nợ như vậy.', actual: 'con nợ', suggestion: 'khách hàng', fixable: true },
      { lang: 'vi', stage: 'overdue', text: 'Anh đang quỵt nợ của chúng tôi.', actual: 'quỵt nợ', suggestion: 'chưa thanh toán', fixable: true },
      { lang: 'vi', stage: 'overdue', text: 'Khách hàng chây ì như anh làm chúng tôi mệt.', actual: 'chây ì', suggestion: 'chưa thanh toán' },
    ],
  });
});

describe('tone/insult context', () => {
  runTable('tone/insult', {
    valid: [
      // A list's name, not a label for the reader (the threat rule judges the list).
      { lang: 'es', stage: 'collection', text: 'Podríamos incluir la deuda en el registro de morosos.' },
    ],
    invalid: [],
  });
});

describe("tone/insult: naming the reader's incompetence", () => {
  runTable('tone/insult', {
    valid: [
      { lang: 'en', stage: 'overdue', text: 'We understand mistakes happen; please check the invoice details.' },
      { lang: 'es', stage: 'overdue', text: 'Entendemos que pueden ocurrir errores; revise los datos de la factura.' },
      { lang: 'vi', stage: 'overdue', text: 'Chúng tôi hiểu sai sót có thể xảy ra; mong Quý khách kiểm tra lại hóa đơn.' },
    ],
    invalid: [
      { lang: 'en', stage: 'overdue', text: 'Your incompetence is costing us money.', actual: 'Your incompetence', suggestion: '' },
      { lang: 'es', stage: 'overdue', text: 'Su incompetencia nos está costando dinero.', actual: 'Su incompetencia', suggestion: '' },
      { lang: 'vi', stage: 'overdue', text: 'Sự kém cỏi của anh đang làm chúng tôi mất tiền.', actual: 'Sự kém cỏi của anh', suggestion: '' },
    ],
  });
});
