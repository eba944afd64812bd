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
