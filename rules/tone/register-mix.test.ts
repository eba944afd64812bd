import { describe } from 'vitest';
import { runTable } from './test-helpers.ts';

describe('tone/register-mix', () => {
  runTable('tone/register-mix', {
    valid: [
      { lang: 'en', stage: 'due', text: 'Hi Anna, your invoice is due today. Thank you!' },
      { lang: 'es', stage: 'due', text: 'Le recordamos que su factura vence hoy. Si ya ha realizado el pago, no tenga en cuenta este mensaje.' },
      { lang: 'es', stage: 'due', text: 'Te escribo porque hoy vence tu factura. Podés pagar por transferencia. Si ya me transferiste, ¡gracias!' },
      { lang: 'vi', stage: 'due', text: 'Kính gửi Quý khách, Quý khách vui lòng thanh toán. Nếu Quý khách đã thanh toán, xin bỏ qua.' },
    ],
    invalid: [
      { lang: 'es', stage: 'due', text: 'Le recordamos que su factura vence hoy. Si ya ha realizado el pago, no tenga en cuenta este mensaje. Puedes pagar con tarjeta.', actual: 'Puedes', suggestion: 'Puede', fixable: true },
      { lang: 'es', stage: 'due', text: 'Te escribimos porque tu factura vence hoy. Puedes pagar con tarjeta. Le rogamos que pague.', actual: 'Le rogamos', suggestion: 'Le rogamos' },
      { lang: 'vi', stage: 'due', text: 'Kính gửi Quý khách, Quý khách vui lòng thanh toán. Nếu bạn đã thanh toán, xin bỏ qua.', actual: 'bạn', suggestion: 'Quý khách', fixable: true },
      { lang: 'vi', stage: 'overdue', text: 'Mày trả tiền cho tao ngay.', actual: 'Mày', suggestion: 'Quý khách', fixable: true },
    ],
  });
});
