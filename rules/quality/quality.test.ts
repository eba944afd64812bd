// quality/*: each rule in each language it covers, valid and invalid.
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../index.ts';
import type { Language } from '../core/types.ts';
import { oldToneForm, prepareSpelling, spanishClitic } from './spelling.ts';

const only = (text: string, lang: Language, rule: string, stage = 'due') =>
  lint(text, { language: lang, stage }).messages.filter((m) => m.ruleId === rule);

describe('quality/spelling', () => {
  it('reports nothing until the dictionaries are prepared (and does not crash)', () => {
    // Runs before beforeAll's preparation completes only if this file is first; either way no crash.
    expect(() => only('Saludos coordiales.', 'es', 'quality/spelling')).not.toThrow();
  });

  describe('with dictionaries', () => {
    beforeAll(async () => {
      await prepareSpelling(['en', 'es', 'vi']);
    }, 120_000);

    it.each([
      ['en', 'We would appreciate your payment of the invoice. Kind regards, Ana Ortiz', 'We would apreciate your payment of the invoice.', 'apreciate'],
      ['es', 'Le recordamos que la factura vence mañana. Saludos cordiales, Marta Gil.', 'Le recordamos que la factura vence mañana. Saludos coordiales.', 'coordiales'],
      ['vi', 'Kính gửi Quý khách, hóa đơn và hoá đơn đã đến hạn thanh toán.', 'Kính gửi Quý khách, hóa đơn đã đến hạnn thanh toán.', 'hạnn'],
    ] as Array<[Language, string, string, string]>)('%s: a typo is reported, correct words, names and both tone placements are not', (lang, good, bad, word) => {
      expect(only(good, lang, 'quality/spelling')).toEqual([]);
      const ms = only(bad, lang, 'quality/spelling');
      expect(ms.map((m) => m.actual)).toEqual([word]);
      expect(ms[0]!.severity).toBe('warning');
    });

    it('skips placeholders, links, emails, codes and words of another prepared language', () => {
      const text = 'Estimado {{nombre_cliente}}: la factura INV-2041 está en https://pagos.ejemplo.com/facturaxyz y puede escribir a cobrosxyz@ejemplo.com. Thanks.';
      expect(only(text, 'es', 'quality/spelling')).toEqual([]);
    });

    it('helpers: old tone placement and Spanish enclitics', () => {
      expect(oldToneForm('hóa')).toBe('hoá');
      expect(oldToneForm('thủy')).toBe('thuỷ');
      expect(spanishClitic('recordarle', (w) => w === 'recordar')).toBe(true);
      expect(spanishClitic('envíenos', (w) => w === 'envíe')).toBe(true);
      expect(spanishClitic('casa', () => false)).toBe(false);
    });
  });
});

describe('quality/vi-diacritics', () => {
  it('reports Vietnamese without diacritics, not Vietnamese with them', () => {
    expect(only('Quy khach vui long thanh toan hoa don truoc ngay 30/11/2026.', 'vi', 'quality/vi-diacritics')).toHaveLength(1);
    expect(only('Quý khách vui lòng thanh toán hóa đơn trước ngày 30/11/2026.', 'vi', 'quality/vi-diacritics')).toEqual([]);
  });
  it('does not run on English or Spanish', () => {
    expect(only('Quy khach vui long thanh toan hoa don truoc ngay.', 'en', 'quality/vi-diacritics')).toEqual([]);
    expect(only('Quy khach vui long thanh toan hoa don truoc ngay.', 'es', 'quality/vi-diacritics')).toEqual([]);
  });
});

describe('quality/es-inverted-marks', () => {
  it('reports a question or exclamation without ¿ / ¡, with an insertion at the start', () => {
    const ms = only('Estimado cliente:\n\nHa recibido la factura? Gracias!', 'es', 'quality/es-inverted-marks');
    expect(ms.map((m) => m.actual)).toEqual(['Ha recibido la factura?', 'Gracias!']);
    expect(ms[0]!.suggestions[0]).toMatchObject({ text: '¿' });
    expect(ms[0]!.fixable).toBe(true);
  });
  it('accepts marks that open mid-sentence, and links with ? in them', () => {
    expect(only('Si ya pagó, ¿podría enviarnos el comprobante? ¡Gracias! Vea https://x.example.com/pago?id=7 hoy.', 'es', 'quality/es-inverted-marks')).toEqual([]);
  });
  it('does not run on English or Vietnamese', () => {
    expect(only('Have you received the invoice? Thanks!', 'en', 'quality/es-inverted-marks')).toEqual([]);
    expect(only('Quý khách đã nhận được hóa đơn chưa? Cảm ơn!', 'vi', 'quality/es-inverted-marks')).toEqual([]);
  });
});

describe('quality/length', () => {
  const words: Record<Language, string> = { en: 'Please pay the invoice soon. ', es: 'Le rogamos que pague pronto. ', vi: 'Kính mong Quý khách thanh toán sớm. ' };
  it.each(['en', 'es', 'vi'] as Language[])('%s: a short reminder passes, a very long one is a warning', (lang) => {
    expect(only(words[lang].repeat(10), lang, 'quality/length', 'before-due')).toEqual([]);
    const long = only(words[lang].repeat(80), lang, 'quality/length', 'before-due');
    expect(long).toHaveLength(1);
    expect(long[0]!.severity).toBe('warning');
    const info = only(words[lang].repeat(lang === 'vi' ? 34 : 36), lang, 'quality/length', 'before-due');
    expect(info[0]?.severity).toBe('info');
  });
});

describe('quality/no-reply', () => {
  it.each([
    ['en', 'Your invoice is due. This is an automated message, please do not reply to this email.', 'Your invoice is due. This is an automated message, please do not reply.\n\nBest regards,\nAna Ortiz'],
    ['es', 'Su factura vence hoy. Este es un mensaje automático, por favor no responda a este correo.', 'Su factura vence hoy. Este es un mensaje automático.\n\nAtentamente,\nMarta Gil'],
    ['vi', 'Hóa đơn của Quý khách đến hạn hôm nay. Đây là email tự động, vui lòng không trả lời.', 'Hóa đơn của Quý khách đến hạn hôm nay. Đây là email tự động.\n\nTrân trọng,\nNguyễn Văn An'],
  ] as Array<[Language, string, string]>)('%s: automated wording without a person is reported; with a signature it is not', (lang, bad, good) => {
    expect(only(bad, lang, 'quality/no-reply')).toHaveLength(1);
    expect(only(good, lang, 'quality/no-reply')).toEqual([]);
  });
  it('a no-reply sender address counts', () => {
    expect(only('Your invoice is due today. Questions: noreply@acme.example', 'en', 'quality/no-reply')).toHaveLength(1);
  });
});
