import { lint } from '../rules/index.ts';
const probes: Array<[string, 'en'|'es'|'vi', string, boolean]> = [
  ['Dear Mr Hale,\n\nInvoice 3391 for $4,800.00 was due on 2 May 2026 and remains unpaid despite three reminders. Unless we receive payment within 10 days of this letter, we will instruct our solicitors to commence proceedings without further notice. We would prefer to avoid this and remain open to a payment plan.\n\nYours sincerely,', 'en', 'final-demand', false],
  ['Hi Tom,\n\nJust checking in on invoice 3391 ($480.00, due 2 May). Frankly, I expected better from a company of your size. Some of us actually have to pay our bills on time.\n\nThanks,', 'en', 'overdue', true],
  ['Hi Tom,\n\nA quick reminder that invoice 3391 ($480.00) is due on 30 May 2026. Please note that late payments will be referred to our debt recovery partner and reported to credit agencies.\n\nThanks,', 'en', 'before-due', true],
  ['Hi Tom,\n\nInvoice 3391 is due today. We do not offer extensions and we expect payment immediately.\n\nRegards,', 'en', 'due', true],
  ['Hi Tom,\n\nInvoice 3391 is 20 days overdue. As per our terms, a 2% late fee now applies. Please pay this week.\n\nRegards,', 'en', 'overdue', false],
  ['Estimado Sr. Gil:\n\nLa factura 88 por 950,00 € venció el 2 de mayo de 2026. Le agradeceríamos que realizara el pago esta semana. Si necesita más tiempo, podemos acordar un plan de pagos.\n\nAtentamente,', 'es', 'collection', false],
  ['Estimado Sr. Gil:\n\nOtra vez tenemos que escribirle por la factura 88. Parece que para ustedes pagar a tiempo es opcional. Esperamos que esta vez sí lo tomen en serio.\n\nAtentamente,', 'es', 'overdue', true],
  ['Estimado Sr. Gil:\n\nLe recordamos que la factura 88 vence el 30 de mayo. Le advertimos que cualquier retraso será comunicado a nuestro departamento jurídico.\n\nAtentamente,', 'es', 'before-due', true],
  ['Kính gửi anh Nam,\n\nHóa đơn số 88 đã quá hạn 20 ngày. Theo hợp đồng, khoản chậm trả sẽ chịu lãi 0,05%/ngày. Kính đề nghị anh thanh toán trong tuần này.\n\nTrân trọng,', 'vi', 'overdue', false],
  ['Kính gửi anh Nam,\n\nLại là chúng tôi đây. Có lẽ việc thanh toán đúng hạn là điều quá khó với bên anh. Mong là lần này anh không quên nữa.\n\nTrân trọng,', 'vi', 'overdue', true],
  ['Kính gửi anh Nam,\n\nHóa đơn số 88 sẽ đến hạn vào ngày 30/05/2026. Nếu chậm thanh toán, chúng tôi sẽ chuyển hồ sơ cho công ty đòi nợ.\n\nTrân trọng,', 'vi', 'before-due', true],
];
for (const [t, l, stage, want] of probes) { const r = lint(t, { language: l, stage: stage as 'due' }); const got = r.tone.label === 'aggressive'; console.log(got === want ? 'ok  ' : 'MISS', l, stage, r.tone.label, r.tone.score, '|', r.messages.filter(m=>m.ruleId.startsWith('tone/')).map(m=>m.ruleId+':'+m.actual).join(' ; ').slice(0,150)); }
