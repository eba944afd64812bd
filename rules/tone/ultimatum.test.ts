import { describe } from 'vitest';
import { runTable } from './test-helpers.ts';

describe('tone/ultimatum', () => {
  runTable('tone/ultimatum', {
    valid: [
      { lang: 'en', stage: 'due', text: 'Faster Payments transfers usually reach me immediately. We will update your account immediately once payment arrives.' },
      { lang: 'en', stage: 'due', text: 'Our support team replies within 24 hours.' },
      { lang: 'en', stage: 'collection', text: 'Payment must be received within 48 hours.' },
      { lang: 'es', stage: 'due', text: 'Las transferencias se acreditan inmediatamente. Los pagos pueden tardar hasta 48 horas en reflejarse.' },
      { lang: 'vi', stage: 'due', text: 'Chuyển khoản nhanh 24/7 sẽ báo có ngay lập tức.' },
    ],
    invalid: [
      { lang: 'en', stage: 'due', text: 'Payment must be received within 24 hours.', actual: 'Payment must be received within 24 hours', suggestion: 'Please pay by the due date or let us know when we can expect payment.' },
      { lang: 'en', stage: 'overdue', text: 'Please pay immediately.', actual: 'pay immediately', suggestion: 'Please pay at your earliest convenience.' },
      { lang: 'en', stage: 'due', text: 'FINAL WARNING', subject: undefined, actual: 'FINAL WARNING', suggestion: 'Reminder' },
      { lang: 'es', stage: 'due', text: 'Si el pago no se ve reflejado en las próximas 24 horas, actuaremos.', actual: 'pago no se ve reflejado en las próximas 24 horas', suggestion: 'Le agradeceremos que realice el pago antes de la fecha de vencimiento o que nos indique cuándo podemos esperarlo.' },
      { lang: 'es', stage: 'overdue', text: 'Pague ya por PSE.', actual: 'Pague ya', suggestion: 'Le rogamos que realice el pago a la mayor brevedad posible.' },
      { lang: 'vi', stage: 'due', text: 'Nếu trong vòng 24 giờ tới hệ thống chưa ghi nhận thanh toán, chúng tôi sẽ xử lý.', actual: 'trong vòng 24 giờ tới hệ thống chưa ghi nhận', suggestion: 'Kính mong Quý khách thanh toán trước ngày đến hạn hoặc cho chúng tôi biết khi nào có thể thanh toán.' },
      { lang: 'vi', stage: 'overdue', text: 'Thanh toán ngay qua số tài khoản ghi trên hóa đơn.', actual: 'Thanh toán ngay', suggestion: 'Kính mong Quý khách sắp xếp thanh toán sớm.' },
    ],
  });
});

describe('tone/ultimatum, "as soon as"', () => {
  runTable('tone/ultimatum', {
    valid: [{ lang: 'vi', stage: 'due', text: 'Vui lòng chuyển tiền thanh toán ngay khi thuận tiện.' }],
    invalid: [],
  });
});

describe('tone/ultimatum, negated condition', () => {
  runTable('tone/ultimatum', {
    valid: [],
    invalid: [
      { lang: 'en', stage: 'overdue', text: 'If you do not pay within 48 hours, we will act.', actual: 'pay within 48 hours', suggestion: 'Please pay by the due date or let us know when we can expect payment.' },
      { lang: 'es', stage: 'overdue', text: 'Si no paga en 24 horas, actuaremos.', actual: 'paga en 24 horas', suggestion: 'Le agradeceremos que realice el pago antes de la fecha de vencimiento o que nos indique cuándo podemos esperarlo.' },
      { lang: 'vi', stage: 'overdue', text: 'Nếu không thanh toán trong vòng 24 giờ, chúng tôi sẽ xử lý.', actual: 'thanh toán trong vòng 24 giờ', suggestion: 'Kính mong Quý khách thanh toán trước ngày đến hạn hoặc cho chúng tôi biết khi nào có thể thanh toán.' },
    ],
  });
});
