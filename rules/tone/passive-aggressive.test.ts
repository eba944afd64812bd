import { describe } from 'vitest';
import { runTable } from './test-helpers.ts';

describe('tone/passive-aggressive', () => {
  runTable('tone/passive-aggressive', {
    valid: [
      { lang: 'en', stage: 'overdue', text: 'We understand things get busy. Could you let us know when we can expect payment?' },
      { lang: 'es', stage: 'collection', text: 'Entendemos que pueden existir dificultades de flujo de caja; podemos ofrecerle un convenio de pago.' },
      { lang: 'vi', stage: 'collection', text: 'Nhà trường hiểu rằng mỗi gia đình đều có lúc gặp khó khăn.' },
    ],
    invalid: [
      { lang: 'en', stage: 'overdue', text: 'As we have told you repeatedly, the invoice is overdue.', actual: 'As we have told you repeatedly', suggestion: 'We are following up on our earlier reminder.' },
      { lang: 'en', stage: 'overdue', text: 'Surely you understand that we need to be paid.', actual: 'Surely you understand', suggestion: 'Please let us know if you have any questions about the invoice.' },
      { lang: 'en', stage: 'overdue', text: 'If by some miracle the payment went out, ignore this.', actual: 'by some miracle', suggestion: 'Could you let us know when we can expect payment?' },
      { lang: 'es', stage: 'overdue', text: 'Como ya le hemos indicado en varias ocasiones, la factura está vencida.', actual: 'Como ya le hemos indicado en varias ocasiones', suggestion: 'Le escribimos de nuevo en relación con nuestro recordatorio anterior.' },
      { lang: 'es', stage: 'before-due', text: 'Pagar no debería suponerle ningún esfuerzo.', actual: 'no debería suponerle ningún esfuerzo', suggestion: 'Si tiene cualquier duda sobre la factura, estamos a su disposición.' },
      { lang: 'vi', stage: 'overdue', text: 'Như chúng tôi đã nhắc nhiều lần, hóa đơn đã quá hạn.', actual: 'Như chúng tôi đã nhắc nhiều lần', suggestion: 'Chúng tôi xin gửi lại thư nhắc về hóa đơn này.' },
      { lang: 'vi', stage: 'before-due', text: 'Quy trình không có gì phức tạp.', actual: 'không có gì phức tạp', suggestion: 'Nếu có thắc mắc về hóa đơn, xin Quý khách liên hệ với chúng tôi.' },
    ],
  });
});

describe('tone/passive-aggressive, polite look-alikes', () => {
  runTable('tone/passive-aggressive', {
    valid: [
      { lang: 'en', stage: 'due', text: 'As always, thank you for your business. This time we have also attached a PDF copy.' },
      { lang: 'es', stage: 'due', text: 'Como siempre, gracias por confiar en nosotros. Esta vez te adjuntamos también el PDF.' },
      { lang: 'vi', stage: 'due', text: 'Như mọi lần, cảm ơn chị đã tin tưởng. Lần này em gửi kèm thêm bản PDF.' },
    ],
    invalid: [
      { lang: 'en', stage: 'overdue', text: 'Do let me know when it finally arrives.', actual: 'when it finally arrives', suggestion: 'Could you let us know when we can expect payment?' },
      { lang: 'es', stage: 'overdue', text: 'Avísame cuando por fin lo envíes.', actual: 'cuando por fin', suggestion: '¿Podría indicarnos cuándo podemos esperar el pago?' },
      { lang: 'vi', stage: 'overdue', text: 'Chắc anh bận quá nên quên mất chuyện thanh toán.', actual: 'Chắc anh bận', suggestion: 'Mong Quý khách phản hồi cho chúng tôi biết khi nào có thể thanh toán.' },
    ],
  });
});
