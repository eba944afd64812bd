import { describe } from 'vitest';
import { runTable } from './test-helpers.ts';

describe('tone/shouting', () => {
  runTable('tone/shouting', {
    valid: [
      { lang: 'en', stage: 'due', text: 'Invoice INV-2041 for USD 500 (VAT included) is due today. Pay by ACH to IBAN GB00 1234.\n\nThanks,\nACME\nACME Corp' },
      { lang: 'es', stage: 'due', text: 'Le enviamos el CFDI de la factura F001-00002318, registrada en SUNAT. Pague por SPEI.' },
      { lang: 'vi', stage: 'due', text: 'Hóa đơn số 0004127, số tiền 12.500.000 VNĐ (đã bao gồm VAT), chuyển khoản tới BIDV.' },
    ],
    invalid: [
      { lang: 'en', stage: 'overdue', text: 'Please pay the balance.', subject: 'UNPAID INVOICE - PAY NOW!!!', actual: 'UNPAID INVOICE - PAY NOW', suggestion: 'Unpaid invoice - pay now', fixable: true },
      { lang: 'en', stage: 'overdue', text: 'Please pay the balance now!!!', actual: '!!!', suggestion: '.', fixable: true },
      { lang: 'en', stage: 'overdue', text: 'This is the THIRD time I write.', actual: 'THIRD', suggestion: 'third' },
      { lang: 'es', stage: 'overdue', text: 'Haga la transferencia HOY MISMO.', actual: 'HOY MISMO', suggestion: 'hoy mismo' },
      { lang: 'es', stage: 'overdue', text: '¡¡¡Estoy harto!!!', actual: '¡¡¡', suggestion: '' },
      { lang: 'vi', stage: 'overdue', text: 'Đây là lần THỨ BA tôi nhắn anh.', actual: 'THỨ BA', suggestion: 'thứ ba' },
      { lang: 'vi', stage: 'overdue', text: 'Vui lòng thanh toán.', subject: 'NỢ QUÁ HẠN – THANH TOÁN NGAY!!!', actual: 'NỢ QUÁ HẠN – THANH TOÁN NGAY', suggestion: 'Nợ quá hạn – thanh toán ngay' },
    ],
  });
});

describe('tone/shouting, names in capitals', () => {
  runTable('tone/shouting', {
    valid: [
      { lang: 'vi', stage: 'due', text: 'Kính gửi: CÔNG TY TNHH THƯƠNG MẠI MINH PHÁT\n\nHóa đơn số 12 đến hạn hôm nay.' },
      { lang: 'en', stage: 'due', text: 'Dear BRIGHTON PLUMBING,\n\nInvoice 12 is due today. Account name: NORTHGATE FOODS LTD.' },
      { lang: 'es', stage: 'due', text: 'Transfiera a la cuenta de SUMINISTROS DEL EBRO S.L. indicando el número de factura.' },
    ],
    invalid: [],
  });
});
