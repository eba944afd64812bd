// A table of good and bad answers in the three languages, as an adversarial model would send
// them: every bad one is rejected with the original kept, every good one accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeConfig, type LlmConfig } from '../server/llm/config.ts';
import { rewriteEmail, RewriteError } from '../server/llm/rewrite.ts';
import { startFakeModel, type FakeModel, type FakeRequest } from './llm-fake-model.ts';
import { SAMPLES, type Sample } from './llm-emails.ts';

type Answer = { subject: string; body: string };
type Mutation = (a: Answer, s: Sample) => Answer | string;

let fake: FakeModel;
let next: (req: FakeRequest) => Answer | string = () => '';
let config: LlmConfig;
beforeAll(async () => {
  fake = await startFakeModel((req) => {
    const a = next(req);
    return typeof a === 'string' ? { content: a } : { json: a };
  });
  config = makeConfig({ apiKey: 'k', baseURL: fake.baseURL, model: 'm', timeoutMs: 3000, maxRetries: 0, retryBaseMs: 1, responseFormat: 'json_schema' });
});
afterAll(() => fake.close());

function polite(s: Sample, req: FakeRequest): Answer {
  const [greeting, first, second, ...rest] = req.email.body.replace(s.harsh, s.polite).split('\n\n');
  return { subject: req.email.subject, body: [greeting, second, first, ...rest].join('\n\n') };
}

async function attempt(lang: 'en' | 'es' | 'vi', mutate: Mutation) {
  const s = SAMPLES[lang];
  next = (req) => mutate(polite(s, req), s);
  try {
    const r = await rewriteEmail({ text: s.text, subject: s.subject, language: lang, stage: s.stage, invoice: s.invoice }, { config });
    return { ok: true as const, body: r.body, subject: r.subject };
  } catch (error) {
    if (!(error instanceof RewriteError)) throw error;
    return { ok: false as const, status: error.status, codes: error.failures.map((f) => f.code), message: error.message };
  }
}

const addToBody = (extra: Record<'en' | 'es' | 'vi', string>): Mutation => (a, s) => ({ ...a, body: a.body.replace(s.polite, `${s.polite} ${extra[s.language]}`) });
const replaceInBody = (from: string, to: (s: Sample) => string): Mutation => (a, s) => ({ ...a, body: a.body.replace(from, to(s)) });

const BAD: Array<[string, Mutation]> = [
  ['the amount without its decimals', replaceInBody('⟦F4⟧', (s) => s.amount.replace(/[.,]00(?=\D*$)/, '').replace(/\.000 ₫$/, ' ₫'))],
  ['the amount written out again, unchanged but unlocked, with a swapped digit', replaceInBody('⟦F4⟧', (s) => s.changedAmount)],
  ['the date in another format that changes it', replaceInBody('⟦F5⟧', () => '11/30/2026')],
  ['the date moved a week later in words', replaceInBody('⟦F5⟧', () => 'a week after ⟦F5⟧')],
  ['the phone with two digits swapped', (a) => ({ ...a, body: a.body.replace(/⟦F[89]⟧$/, '+44 113 469 0000') })],
  ['the link dropped', replaceInBody('⟦F6⟧', () => 'our website')],
  ['a token duplicated', replaceInBody('⟦F4⟧', () => '⟦F4⟧ (⟦F4⟧)')],
  ['a token moved into the subject', (a) => ({ subject: `${a.subject} ⟦F4⟧`, body: a.body.replace('⟦F4⟧', '') })],
  ['the subject dropped', (a) => ({ subject: '', body: a.body })],
  ['a new deadline in digits', addToBody({ en: 'Please pay within 24 hours.', es: 'Pague en 24 horas.', vi: 'Vui lòng thanh toán trong 24 giờ.' })],
  ['a new deadline in words', addToBody({ en: 'Please pay by tomorrow.', es: 'Pague mañana.', vi: 'Vui lòng thanh toán ngày mai.' })],
  ['a threat of legal action', addToBody({ en: 'Otherwise we will take legal action against you.', es: 'De lo contrario iniciaremos acciones legales.', vi: 'Nếu không chúng tôi sẽ khởi kiện.' })],
  ['late fees added', addToBody({ en: 'A late fee will be added.', es: 'Se aplicará un recargo.', vi: 'Sẽ tính phí phạt.' })],
  ['a Cyrillic look-alike', (a, s) => ({ ...a, body: a.body.replace(s.polite, s.polite.replace(/a/, 'а')) })],
  ['a new contact name', addToBody({ en: 'Please contact John Smith in accounts.', es: 'Contacte con Juan Pérez en contabilidad.', vi: 'Vui lòng liên hệ chị Lê Thu Hà ở phòng kế toán.' })],
  ['a new way to pay', addToBody({ en: 'You can also pay in cash.', es: 'También puede pagar en efectivo.', vi: 'Anh cũng có thể trả bằng tiền mặt.' })],
  ['a new email address', addToBody({ en: 'Write to billing@evil.example.', es: 'Escriba a billing@evil.example.', vi: 'Gửi thư tới billing@evil.example.' })],
  ['a new link without digits', addToBody({ en: 'Pay at evil.example.com.', es: 'Pague en evil.example.com.', vi: 'Thanh toán tại evil.example.com.' })],
  ['plus VAT', replaceInBody('⟦F4⟧', (s) => (s.language === 'es' ? '⟦F4⟧ más IVA' : s.language === 'vi' ? '⟦F4⟧ cộng thêm thuế' : '⟦F4⟧ plus VAT'))],
  ['repeated exclamation marks', addToBody({ en: 'Pay now!!!', es: '¡¡Pague ya!!', vi: 'Thanh toán ngay!!!' })],
  ['prose instead of JSON', () => 'Here is a more polite version of the email you sent.'],
  ['a missing body', (a) => JSON.stringify({ subject: a.subject })],
  ['an empty body', (a) => ({ subject: a.subject, body: '  ' })],
  ['an invented token', (a) => ({ ...a, body: `${a.body}\n⟦F99⟧` })],
  ['a zero-width space', (a, s) => ({ ...a, body: a.body.replace(s.polite, s.polite.replace(' ', '\u200B ')) })],
  ['fullwidth digits in a token', replaceInBody('⟦F4⟧', () => '⟦F４⟧')],
];

const GOOD: Array<[string, Mutation]> = [
  ['the polite rewrite, sentences re-ordered', (a) => a],
  ['fenced JSON with extra keys', (a) => `\`\`\`json\n${JSON.stringify({ ...a, notes: 'kept every token', confidence: 0.9 })}\n\`\`\``],
  ['JSON after a short preamble', (a) => `Here is the JSON:\n${JSON.stringify(a)}`],
  ['identical facts swapped between subject and body', (a) => ({ subject: a.subject.replace('⟦F1⟧', '⟦F3⟧'), body: a.body.replace('⟦F3⟧', '⟦F1⟧') })],
  ['a warm closing with an exclamation mark', addToBody({ en: 'Thank you for your help!', es: '¡Muchas gracias por su ayuda!', vi: 'Xin chân thành cảm ơn Quý khách!' })],
  ['paragraphs merged on one line', (a) => ({ ...a, body: a.body.replace(/\n\n(?=If you|Si ya|Nếu anh)/, ' ') })],
];

describe.each(['en', 'es', 'vi'] as const)('adversarial answers (%s)', (lang) => {
  it.each(BAD)('rejects %s, keeping the original', async (_name, mutate) => {
    const r = await attempt(lang, mutate);
    expect(r.ok, JSON.stringify(r)).toBe(false);
    if (!r.ok) expect([422, 502]).toContain(r.status);
  });
  it.each(GOOD)('accepts %s', async (_name, mutate) => {
    const r = await attempt(lang, mutate);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (r.ok) {
      expect(r.body).toContain(SAMPLES[lang].amount);
      expect(r.body).not.toMatch(/[⟦⟧]/);
    }
  });
});

it('rejects an answer in the wrong language', async () => {
  const r = await attempt('es', () => ({
    subject: '⟦F1⟧ is overdue',
    body: 'Dear ⟦F2⟧:\n\nInvoice ⟦F3⟧ for ⟦F4⟧ was due on ⟦F5⟧ and remains unpaid. We would appreciate it if you could settle it or tell us whether there is a problem.\n\nYou can view it at ⟦F6⟧ and pay by bank transfer.\n\nIf you have already paid, please disregard this message.\n\nKind regards,\n⟦F7⟧\n⟦F8⟧',
  }));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.codes).toContain('wrong-language');
});

it('accepts business nouns capitalised mid-sentence (not new names)', async () => {
  const r = await attempt('en', (a, s) => ({ ...a, body: a.body.replace(s.polite, 'This is a friendly reminder about Invoice ⟦F3⟧ from our Accounts Receivable Team.').replace('Invoice ⟦F3⟧ for', 'The invoice for') }));
  expect(r.ok, JSON.stringify(r)).toBe(true);
});

it('rejects swapping the customer and the sender names, and Latin look-alikes (IPA ɑ)', async () => {
  const swapped = await attempt('en', (a) => ({ ...a, body: a.body.replace('⟦F2⟧', '⟦TMP⟧').replace('⟦F7⟧', '⟦F2⟧').replace('⟦TMP⟧', '⟦F7⟧') }));
  expect(swapped.ok).toBe(false);
  const ipa = await attempt('en', (a, s) => ({ ...a, body: a.body.replace(s.polite, `${s.polite} Pay at pɑypal.com.`) }));
  expect(ipa.ok).toBe(false);
  if (!ipa.ok) expect(ipa.codes).toContain('lookalike');
});
