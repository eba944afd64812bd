// The fact lock on its own: nothing factual survives in what the model sees, and an answer that
// keeps the locked text as it is restores the original exactly.
import { describe, expect, it } from 'vitest';
import { lockFacts, verifyAndRestore } from '../server/llm/lock.ts';
import { SAMPLES } from './llm-emails.ts';

const MORE: Array<{ language: 'en' | 'es' | 'vi'; subject: string; body: string }> = [
  {
    language: 'es',
    subject: 'Factura {{invoice.number}}',
    body: 'Hola {{customer_name}},\n\nSu factura {{ invoice.number }} por {{amount}} vence el {{due_date}}. Pague en ${object.payment_url} o llame al :phone. Total: %(amount)s.\n\nSaludos,\n{{sender_name}}',
  },
  {
    language: 'en',
    subject: '',
    body: "Dear Mr. O'Brien,\n\nYour account ACC/77 shows 3 invoices totalling USD 1,200 (ref #4471). Please pay via Stripe before 5pm on Friday, April 10.\nCall 555-0134 or (555) 013-4000 ext. 12.\n\nThanks,\nJ. Doe, Acme Corp.\nwww.acme.io",
  },
  {
    language: 'vi',
    subject: 'Thông báo quá hạn',
    body: 'Kính gửi Quý khách,\n\nCông ty TNHH Minh Phát xin thông báo hóa đơn số 0000123 ngày 15 tháng 10 năm 2026 với số tiền 32 TRIỆU đồng đã quá hạn 12 ngày. Vui lòng chuyển khoản vào tài khoản 0123456789 tại Vietcombank hoặc email ketoan@minhphat.vn.\n\nTrân trọng,\nPhòng Kế toán',
  },
];

const cases = [
  ...Object.values(SAMPLES).map((s) => ({ language: s.language, subject: s.subject, body: s.text, invoice: s.invoice })),
  ...MORE.map((m) => ({ ...m, invoice: undefined })),
];

describe('lockFacts', () => {
  it.each(cases.map((c) => [c.language, c.body.slice(0, 40), c] as const))('%s: %s…', (_l, _b, c) => {
    const locked = lockFacts(c);
    const seen = `${locked.locked.subject}\n${locked.locked.body}`;
    expect(seen).not.toMatch(/\p{N}(?![^⟦]*⟧)/u); // no digit outside a token
    expect(seen).not.toMatch(/@|https?:|www\.|\{\{|\$\{|%\(/);
    if (c.invoice?.number) expect(seen).not.toContain(c.invoice.number);
    const back = verifyAndRestore(locked, locked.locked);
    expect(back.failures).toEqual([]);
    expect(back.restored).toEqual({ subject: c.subject.normalize('NFC'), body: c.body.normalize('NFC') });
  });

  it('names: the greeting, the invoice record, honorifics, mid-sentence names and the signature', () => {
    const locked = lockFacts(cases[0]!);
    const values = locked.facts.map((f) => f.value);
    expect(values).toEqual(expect.arrayContaining(['Sam', 'Ana Ortiz']));
    const es = lockFacts(cases[1]!);
    expect(es.facts.map((f) => f.value)).toEqual(expect.arrayContaining(['Sra. Ruiz', 'Marta Gil']));
    const en = lockFacts(cases[4]!);
    expect(en.facts.map((f) => f.value)).toEqual(expect.arrayContaining(["Mr. O'Brien", 'Stripe', 'J. Doe, Acme Corp.']));
  });

  it('locks text that already looks like a token, so it cannot be confused with one', () => {
    const locked = lockFacts({ language: 'en', subject: '', body: 'Pay ⟦F1⟧ now, ⟦F2⟧ please.' });
    expect(locked.facts.map((f) => f.value)).toEqual(['⟦F1⟧', '⟦F2⟧']);
    expect(verifyAndRestore(locked, locked.locked).restored.body).toBe('Pay ⟦F1⟧ now, ⟦F2⟧ please.');
  });
});
