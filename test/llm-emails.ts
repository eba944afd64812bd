/** Harsh reminders in the three languages, for the rewrite tests. */
import type { InvoiceRecord } from '../rules/index.ts';

export interface Sample {
  language: 'en' | 'es' | 'vi';
  stage: 'due' | 'overdue';
  subject: string;
  text: string;
  invoice: InvoiceRecord;
  /** A harsh sentence the polite rewrite replaces, and its replacement. */
  harsh: string;
  polite: string;
  /** The amount as written, and a "subtly" changed one. */
  amount: string;
  changedAmount: string;
}

export const SAMPLES: Record<'en' | 'es' | 'vi', Sample> = {
  en: {
    language: 'en',
    stage: 'due',
    subject: 'Invoice INV-2041 is due',
    text: [
      'Hi Sam,',
      '',
      'Invoice INV-2041 for $2,380.00 was due on November 30, 2026. You clearly forgot AGAIN. PAY NOW.',
      '',
      'A copy is attached. Please pay by bank transfer or card at https://pay.example.com/INV-2041.',
      '',
      'If you have already paid, please disregard this reminder.',
      '',
      'Best regards,',
      'Ana Ortiz',
      'Example Ltd, 12 High Street, Leeds LS1 4AB',
      '+44 113 496 0000 · accounts@example.co.uk',
    ].join('\n'),
    invoice: { number: 'INV-2041', amount: 2380, currency: 'USD', dueDate: '2026-11-30', customerName: 'Sam Jones', issueDate: '2026-10-31' },
    harsh: 'You clearly forgot AGAIN. PAY NOW.',
    polite: 'It may simply have been overlooked, and we would be grateful if you could arrange payment.',
    amount: '$2,380.00',
    changedAmount: '$2,380',
  },
  es: {
    language: 'es',
    stage: 'overdue',
    subject: 'Factura F-2026-311 vencida',
    text: [
      'Estimada Sra. Ruiz:',
      '',
      'La factura F-2026-311 por 1.234,56 € venció el 31 de octubre de 2026 y sigue sin pagarse. ES INACEPTABLE.',
      '',
      'Puede ver la factura en https://clientes.ejemplo.es/factura/F-2026-311 y pagarla por transferencia.',
      '',
      'Si ya ha realizado el pago, le rogamos que ignore este mensaje.',
      '',
      'Atentamente,',
      'Marta Gil',
      'Ejemplo S.L. · Calle Mayor 5, 46006 Valencia · +34 963 123 456 · cobros@ejemplo.es',
    ].join('\n'),
    invoice: { number: 'F-2026-311', amount: 1234.56, currency: 'EUR', dueDate: '2026-10-31', contactName: 'Lucía Ruiz', issueDate: '2026-10-01' },
    harsh: 'ES INACEPTABLE.',
    polite: 'Le agradeceríamos que realizara el pago o que nos indicara si hay algún problema.',
    amount: '1.234,56 €',
    changedAmount: '1.243,56 €',
  },
  vi: {
    language: 'vi',
    stage: 'due',
    subject: 'Hóa đơn HD-0457 đến hạn thanh toán',
    text: [
      'Kính gửi anh Nguyễn Văn Nam,',
      '',
      'Hóa đơn số HD-0457 với số tiền 12.500.000 ₫ đến hạn thanh toán vào ngày 30/11/2026. Anh lại quên nữa rồi!',
      '',
      'Anh có thể xem hóa đơn tại https://hoadon.example.vn/HD-0457 và thanh toán bằng chuyển khoản.',
      '',
      'Nếu anh đã thanh toán, xin vui lòng bỏ qua thư này.',
      '',
      'Trân trọng,',
      'Trần Thị Lan',
      'Công ty ABC · 12 Lê Lợi, Quận 1, TP. Hồ Chí Minh · 028 3823 4567 · ketoan@abc.vn',
    ].join('\n'),
    invoice: { number: 'HD-0457', amount: 12500000, currency: 'VND', dueDate: '2026-11-30', customerName: 'Nguyễn Văn Nam', issueDate: '2026-11-01' },
    harsh: 'Anh lại quên nữa rồi!',
    polite: 'Có lẽ anh chưa kịp để ý đến hóa đơn này, mong anh sắp xếp thanh toán giúp chúng tôi.',
    amount: '12.500.000 ₫',
    changedAmount: '1.250.000 ₫',
  },
};
