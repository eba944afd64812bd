import { describe } from 'vitest';
import { runTable } from './test-helpers.ts';

describe('tone/shaming', () => {
  runTable('tone/shaming', {
    valid: [
      { lang: 'en', stage: 'final-demand', text: 'Follow us on Facebook for news. We would love it if you left a review.' },
      { lang: 'es', stage: 'final-demand', text: 'Síganos en Instagram. Su opinión nos importa.' },
      { lang: 'vi', stage: 'final-demand', text: 'Quý khách có thể xem hóa đơn trên website của chúng tôi.' },
    ],
    invalid: [
      { lang: 'en', stage: 'final-demand', text: "I'll make sure everyone on Nextdoor knows how you do business.", actual: 'everyone on Nextdoor knows', suggestion: '' },
      { lang: 'en', stage: 'overdue', text: 'We will post your name on Facebook.', actual: 'post your name on Facebook', suggestion: '' },
      { lang: 'es', stage: 'overdue', text: 'O paga, o les cuento a todos sus vecinos.', actual: 'les cuento a todos', suggestion: '' },
      { lang: 'es', stage: 'collection', text: 'Publicaremos su nombre en redes sociales.', actual: 'Publicaremos su nombre', suggestion: '' },
      { lang: 'vi', stage: 'overdue', text: 'Tôi sẽ đăng tên anh lên Facebook.', actual: 'đăng tên anh lên Facebook', suggestion: '' },
      { lang: 'vi', stage: 'due', text: 'Chúng tôi sẽ đưa tên vào danh sách nợ công khai.', actual: 'danh sách nợ công khai', suggestion: '' },
    ],
  });
});

describe("tone/shaming: telling the customer's suppliers or customers", () => {
  runTable('tone/shaming', {
    valid: [
      { lang: 'en', stage: 'collection', text: 'We will let you know when the payment has been received.' },
      { lang: 'es', stage: 'collection', text: 'Le diremos a nuestro equipo que aplique su pago en cuanto llegue.' },
      { lang: 'vi', stage: 'collection', text: 'Chúng tôi sẽ báo cho bộ phận kế toán ngay khi nhận được thanh toán.' },
    ],
    invalid: [
      { lang: 'en', stage: 'collection', text: 'We will tell your other suppliers that you do not pay your bills.', actual: 'tell your other suppliers that', suggestion: '' },
      { lang: 'es', stage: 'collection', text: 'Les diremos a sus proveedores que usted no paga sus deudas.', actual: 'Les diremos a sus proveedores', suggestion: '' },
      { lang: 'vi', stage: 'collection', text: 'Chúng tôi sẽ báo cho các nhà cung cấp khác của anh biết anh không trả nợ.', actual: 'báo cho các nhà cung cấp khác của anh', suggestion: '' },
    ],
  });
});
