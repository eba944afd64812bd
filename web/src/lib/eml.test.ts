import { describe, expect, it } from 'vitest';
import PostalMime from 'postal-mime';
import { buildEml, bytesToBase64, emlFileName } from './eml.ts';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('buildEml', () => {
  it('round-trips subject, addresses, text, HTML and the PDF through a MIME parser', async () => {
    const raw = buildEml({
      subject: 'Nhắc thanh toán hóa đơn HD-2026-07 — 12.500.000 ₫',
      body: 'Kính gửi anh Minh,\n\nHóa đơn HD-2026-07 đến hạn ngày 31 tháng 10 năm 2026.\nXem: https://pay.example.vn/HD-2026-07\n\nTrân trọng,',
      language: 'vi-VN',
      from: { name: 'Lan Nguyễn', email: 'lan@example.vn' },
      to: { name: 'Minh "Tran"', email: 'minh@example.vn' },
      attachment: { name: 'HD-2026-07.pdf', type: 'application/pdf', base64: bytesToBase64(PDF) },
    });
    const email = await PostalMime.parse(raw);
    expect(email.subject).toBe('Nhắc thanh toán hóa đơn HD-2026-07 — 12.500.000 ₫');
    expect(email.from?.address).toBe('lan@example.vn');
    expect(email.to?.[0]?.address).toBe('minh@example.vn');
    expect(email.text).toContain('Hóa đơn HD-2026-07 đến hạn ngày 31 tháng 10 năm 2026.');
    expect(email.html).toContain('<a href="https://pay.example.vn/HD-2026-07">');
    expect(email.html).toContain('<p>Kính gửi anh Minh,</p>');
    expect(email.attachments).toHaveLength(1);
    const att = email.attachments[0]!;
    expect(att.filename).toBe('HD-2026-07.pdf');
    expect(att.mimeType).toBe('application/pdf');
    expect(new Uint8Array(att.content as ArrayBuffer)).toEqual(PDF);
  });

  it('still builds a valid draft without addresses or attachment', async () => {
    const raw = buildEml({ subject: 'Factura F-311', body: '¿Podría confirmarnos el pago?', language: 'es-ES', from: {}, to: { email: 'not an address' } });
    const email = await PostalMime.parse(raw);
    expect(email.subject).toBe('Factura F-311');
    expect(email.to?.[0]?.address).toBe('customer@example.invalid');
    expect(email.text?.trim()).toBe('¿Podría confirmarnos el pago?');
    expect(email.attachments).toHaveLength(0);
  });

  it('names the file after the invoice', () => {
    expect(emlFileName('F-2026/311')).toBe('reminder-F-2026-311.eml');
    expect(emlFileName('')).toBe('reminder.eml');
  });
});
