import { describe, expect, it } from 'vitest';
import { findings, runTable } from './test-helpers.ts';
import { lint } from '../index.ts';

const EN_NEXT = 'If the balance remains unpaid, we will contact you about the next steps.';
const ES_NEXT = 'Si el saldo sigue pendiente, nos pondremos en contacto con usted para ver los próximos pasos.';
const VI_NEXT = 'Nếu khoản này vẫn chưa được thanh toán, chúng tôi sẽ liên hệ với Quý khách để trao đổi các bước tiếp theo.';

describe('tone/threat', () => {
  runTable('tone/threat', {
    valid: [
      // Allowed at the stage.
      { lang: 'en', stage: 'overdue', text: 'Under our terms, a late fee of 1.5% per month applies to balances unpaid 30 days after the due date.' },
      { lang: 'en', stage: 'collection', text: 'If we do not hear from you, we may refer the account to a collection agency.' },
      { lang: 'en', stage: 'final-demand', text: 'If we receive no payment within 14 days, we will begin legal proceedings.' },
      { lang: 'es', stage: 'overdue', text: 'Según el contrato, se causan intereses de mora y el servicio puede suspenderse.' },
      { lang: 'es', stage: 'final-demand', text: 'Trasladaremos el expediente a nuestros asesores jurídicos para la reclamación judicial.' },
      { lang: 'vi', stage: 'overdue', text: 'Khoản thanh toán chậm quá 30 ngày sẽ chịu lãi chậm trả 0,05%/ngày.' },
      { lang: 'vi', stage: 'final-demand', text: 'Quá thời hạn trên, chúng tôi sẽ khởi kiện tại Tòa án có thẩm quyền.' },
      // Negation, reassurance, harmless uses.
      { lang: 'en', stage: 'due', text: "There's no late-payment penalty if it arrives within the next few days. The invoice shows our legal name." },
      { lang: 'en', stage: 'before-due', text: 'No late fee applies, and no legal action is needed: this is just a heads-up.' },
      { lang: 'es', stage: 'due', text: 'No hay ninguna penalidad ni recargo si se demora unos días. Verás una leyenda legal nueva.' },
      { lang: 'es', stage: 'before-due', text: 'Puede pagar sin ninguna penalización hasta el viernes.' },
      { lang: 'vi', stage: 'due', text: 'Nếu chậm vài ngày thì cũng không phát sinh phí phạt gì đâu chị. Hóa đơn điện tử có giá trị pháp lý.' },
      // Unknown stage: stage-gated phrases are not flagged.
      { lang: 'en', text: 'Accounts not settled are referred to our collection agency.' },
    ],
    invalid: [
      { lang: 'en', stage: 'due', text: 'Our lawyers will take legal action against you.', actual: 'lawyers', suggestion: EN_NEXT },
      { lang: 'en', stage: 'before-due', text: 'Late accounts are reported to credit bureaus.', actual: 'credit bureaus', suggestion: 'If paying the full amount at once is difficult, reply to this email and we will agree a payment plan.' },
      { lang: 'en', stage: 'before-due', text: 'A late fee of $25 will be charged.', actual: 'late fee', suggestion: 'Please let us know if anything prevents payment by the due date.' },
      { lang: 'en', stage: 'collection', text: 'We will start legal proceedings next week.', actual: 'start legal proceedings', suggestion: EN_NEXT },
      { lang: 'en', stage: 'final-demand', text: "Pay, or you'll regret it.", actual: "you'll regret", suggestion: 'Please contact us so we can settle this together.' },
      { lang: 'es', stage: 'before-due', text: 'Su expediente pasará a nuestro departamento jurídico.', actual: 'departamento jurídico', suggestion: ES_NEXT },
      { lang: 'es', stage: 'due', text: 'Lo reportaremos a las centrales de riesgo.', actual: 'reportaremos a las centrales', suggestion: 'Si le resulta difícil pagar todo de una vez, respóndanos y acordamos un plan de pagos.' },
      { lang: 'vi', stage: 'before-due', text: 'Chúng tôi sẽ chuyển hồ sơ sang bộ phận pháp lý xử lý.', actual: 'bộ phận pháp lý', suggestion: VI_NEXT },
      { lang: 'vi', stage: 'due', text: 'Chúng tôi sẽ cắt dịch vụ nếu chưa thanh toán.', actual: 'cắt dịch vụ', suggestion: 'Nếu có vướng mắc khiến Quý khách chưa thể thanh toán, xin cho chúng tôi biết để dịch vụ không bị gián đoạn.' },
    ],
  });

  it('names the stage that allows the phrase', () => {
    const [m] = findings('tone/threat', { lang: 'en', stage: 'due', text: 'We will take legal action.' });
    expect(m?.message).toContain('final-demand');
  });
});

describe('tone/threat: a title in the signature is not a threat', () => {
  it('does not read "Solicitor" or "Collections team" under the sign-off as legal action or collection', () => {
    const email = (closing: string) =>
      `Dear Mr Kavanagh,\n\nOur fee note FN/2026/0193 for €3,875.00 fell due on 30 January 2026. Please arrange payment within seven days.\n\n${closing}`;
    for (const sig of ['Yours sincerely,\n\nMáire O\'Connell\nSolicitor\nO\'Connell & Fahy Solicitors', 'Kind regards,\nCollections team\nNorthwind Supplies']) {
      const report = lint(email(sig), { language: 'en', stage: 'overdue' });
      expect(report.messages.filter((m) => m.ruleId === 'tone/threat')).toEqual([]);
    }
    // The same words in the body still count.
    const body = lint('Dear Mr Kavanagh,\n\nIf the fee note is not paid this week, we will instruct our solicitors.\n\nKind regards,\nMáire', { language: 'en', stage: 'overdue' });
    expect(body.messages.some((m) => m.ruleId === 'tone/threat')).toBe(true);
  });
});
