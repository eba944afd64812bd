import { describe, expect, it } from 'vitest';
import { PhraseSet } from './phrases.ts';

const found = (phrases: string[], text: string) => new PhraseSet(phrases).all(text).map((m) => m.text);

describe('PhraseSet: whole words in every language', () => {
  it('matches a phrase only as whole words (English)', () => {
    expect(found(['late fee'], 'A late fee applies. Latest fees are listed.')).toEqual(['late fee']);
    expect(found(['pay*'], 'Please pay, or arrange payment; prepaying is not needed.')).toEqual(['pay', 'payment']);
  });

  it('treats accented letters as part of a word (Spanish)', () => {
    expect(found(['pago'], 'El pago se recibió; pagó ayer; apagó la luz.')).toEqual(['pago']);
    expect(found(['vencida'], 'La factura está vencida. Ya vencidas dos.')).toEqual(['vencida']);
  });

  it('treats Vietnamese letters with tone marks as part of a word', () => {
    expect(found(['hạn'], 'Hóa đơn đã quá hạn. Thạnh Mỹ Lợi')).toEqual(['hạn']);
    expect(found(['quá hạn'], 'đã QUÁ HẠN thanh toán')).toEqual(['QUÁ HẠN']);
  });

  it('does not match inside a word of another script', () => {
    expect(found(['pay'], 'payБ pay')).toEqual(['pay']);
  });

  it('keeps case-insensitive matching and original offsets', () => {
    const [m] = new PhraseSet(['legal action']).all('We may take LEGAL ACTION.');
    expect(m).toEqual({ start: 12, end: 24, text: 'LEGAL ACTION' });
  });
});
