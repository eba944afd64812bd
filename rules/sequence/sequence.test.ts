// sequence/*: stages of one template family, in each language.
import { describe, expect, it } from 'vitest';
import { makeEntry, runLibrary, type LibraryMessage } from '../library/index.ts';
import type { Language } from '../core/types.ts';

function review(files: Record<string, string>): LibraryMessage[] {
  const entries = Object.entries(files).map(([file, text]) => makeEntry({ file, text }));
  return [...runLibrary(entries).messages.values()].flat();
}

const T: Record<Language, { due: string; overdue: string; harsh: string; soft: string }> = {
  en: {
    due: 'Hello Sam,\n\nInvoice INV-7 for $2,380.00 is due today, November 30, 2026. Please pay at https://pay.example.com/INV-7.\n\nBest regards,\nAna Ortiz',
    overdue: 'Hello Sam,\n\nInvoice INV-7 for $2,380.00 was due on November 30, 2026 and is now 14 days overdue. Please pay this week at https://pay.example.com/INV-7 or reply to agree on a date.\n\nBest regards,\nAna Ortiz',
    harsh: ' If we do not receive payment, we will take legal action.',
    soft: 'Just a friendly reminder, no rush: ',
  },
  es: {
    due: 'Hola, Sam:\n\nLa factura INV-7 por 2.380,00 US$ vence hoy, 30 de noviembre de 2026. Puede pagarla en https://pay.example.com/INV-7.\n\nUn saludo,\nAna Ortiz',
    overdue: 'Hola, Sam:\n\nLa factura INV-7 por 2.380,00 US$ venció el 30 de noviembre de 2026 y lleva 14 días vencida. Le rogamos que la pague esta semana en https://pay.example.com/INV-7 o que nos responda para acordar una fecha.\n\nUn saludo,\nAna Ortiz',
    harsh: ' Si no recibimos el pago, iniciaremos acciones legales.',
    soft: 'Un recordatorio amistoso, sin prisa: ',
  },
  vi: {
    due: 'Chào anh Sam,\n\nHóa đơn INV-7 với số tiền 2.380,00 USD đến hạn hôm nay, ngày 30/11/2026. Anh có thể thanh toán tại https://pay.example.com/INV-7.\n\nTrân trọng,\nAna Ortiz',
    overdue: 'Chào anh Sam,\n\nHóa đơn INV-7 với số tiền 2.380,00 USD đến hạn ngày 30/11/2026 và đã quá hạn 14 ngày. Kính đề nghị anh thanh toán trong tuần này tại https://pay.example.com/INV-7 hoặc phản hồi để thống nhất ngày thanh toán.\n\nTrân trọng,\nAna Ortiz',
    harsh: ' Nếu không nhận được thanh toán, chúng tôi sẽ khởi kiện.',
    soft: 'Xin nhắc nhở nhẹ nhàng, không vội: ',
  },
};

describe.each(['en', 'es', 'vi'] as Language[])('sequences in %s', (lang) => {
  const t = T[lang];
  const file = (stage: string) => `acme/${stage}.${lang}.md`;

  it('a sequence that escalates step by step has no identical or escalation finding; its missing stages are info', () => {
    const ms = review({ [file('due')]: t.due, [file('overdue')]: t.overdue });
    expect(ms.filter((m) => m.ruleId !== 'sequence/gap')).toEqual([]);
    const gap = ms.find((m) => m.ruleId === 'sequence/gap')!;
    expect(gap).toMatchObject({ severity: 'info' });
    expect(gap.message).toMatch(/no before-due, collection, final-demand stages/);
  });

  it('sequence/identical: the same text in two stages', () => {
    const ms = review({ [file('due')]: t.due, [file('overdue')]: t.due.replace('Sam', 'Samuel') });
    expect(ms.filter((m) => m.ruleId === 'sequence/identical')).toEqual([
      expect.objectContaining({ severity: 'warning', related: file('due'), message: expect.stringMatching(/overdue stage is .*the due stage/) }),
    ]);
  });

  it('sequence/escalation: an early stage harsher than a later one', () => {
    const ms = review({ [file('due')]: t.due + t.harsh, [file('overdue')]: t.overdue });
    const m = ms.find((x) => x.ruleId === 'sequence/escalation')!;
    expect(m).toBeDefined();
    expect(m.message).toMatch(/the due stage is harsher/);
  });

  it('sequence/escalation: a later stage friendlier than an earlier one', () => {
    const soft = t.overdue.replace(/\n\n/, `\n\n${t.soft}`);
    const ms = review({ [file('due')]: t.due, [file('overdue')]: soft });
    const m = ms.find((x) => x.ruleId === 'sequence/escalation')!;
    expect(m).toBeDefined();
    expect(m.message).toMatch(/the overdue stage is friendlier/);
  });
});
