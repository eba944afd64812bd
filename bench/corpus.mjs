// Realistic payment reminders for the benchmark: English, Spanish and Vietnamese, five stages,
// varied senders, customers, amounts, dates and wording; some miss an element or lose their tone,
// as real libraries do. Deterministic (seeded), so runs compare.
let seed = 20261123;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const STAGES = ['before-due', 'due', 'overdue', 'collection', 'final-demand'];

const EN = {
  customers: ['Sam Patel', 'Olivia Chen', 'Marcus Reed', 'Hannah Okafor', 'Liam Byrne', 'Priya Nair', 'Tom Fischer', 'Grace Holloway'],
  companies: [
    ['Brightside Design Ltd', '12 High Street, Leeds LS1 4AB', '+44 113 496 0000', 'accounts@brightside.example', 'www.brightside.example'],
    ['Harbour Supplies Ltd', '8 Dock Road, Bristol BS1 6AA', '0117 496 0123', 'credit@harbour.example', 'www.harbour.example'],
    ['Northwind Plumbing LLC', '410 Elm Avenue, Portland, OR 97205', '(503) 555-0142', 'billing@northwind.example', 'northwind.example'],
    ['Cedar & Pine Accounting', '77 King Street West, Toronto, ON M5K 1A1', '+1 416 555 0199', 'ar@cedarpine.example', 'www.cedarpine.example'],
  ],
  services: ['the October retainer', 'website maintenance for Q3', 'the kitchen refit', 'catering for your launch event', 'two pallets of printer paper', 'monthly bookkeeping', 'the spring landscaping work'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  greet: (c) => pick([`Hi ${c.split(' ')[0]},`, `Dear ${c},`, `Hello ${c.split(' ')[0]},`, `Good morning ${c.split(' ')[0]},`]),
  opening: (s) =>
    s === 'before-due'
      ? pick(['I hope your week is going well. This is a friendly heads-up about an upcoming invoice.', 'Just a quick note ahead of the due date on your next invoice.'])
      : s === 'due'
        ? pick(['I hope all is well. A quick reminder that an invoice is due today.', 'This is a courtesy reminder about an invoice that falls due today.'])
        : s === 'overdue'
          ? pick(['We have not yet received payment for the invoice below, and it is now past due.', 'Following up on our earlier reminder, the invoice below remains unpaid.'])
          : s === 'collection'
            ? pick(['Despite our earlier reminders, the balance below is still outstanding.', 'We are writing again about an overdue balance on your account.'])
            : pick(['This letter is a formal demand for payment of the balance below.', 'We write formally regarding the unpaid balance on your account.']),
  facts: (inv, amt, due, svc) =>
    pick([`Invoice ${inv} for ${amt}, covering ${svc}, is due on ${due}.`, `Our invoice ${inv} of ${amt} for ${svc} had a due date of ${due}.`, `The amount of ${amt} on invoice ${inv} (${svc}) was payable by ${due}.`]),
  copy: (inv, site) => pick(['A copy of the invoice is attached.', `You can view and download the invoice at https://${site.replace(/^www\./, '')}/invoices/${inv}.`, 'Please find the invoice attached for your records.']),
  cta: (s) =>
    s === 'collection'
      ? pick(['Please pay the balance this week, or reply to agree a payment plan that works for you.', 'If paying in full is difficult, call us and we will set up instalments; otherwise please pay by bank transfer within seven days.'])
      : s === 'final-demand'
        ? pick(['Please pay the full balance within 14 days. If we do not hear from you, we may refer the matter to our solicitors.', 'Unless payment is received within 10 days, we will have no choice but to consider legal action, which we would much rather avoid.'])
        : pick(['Please pay by bank transfer or card at your convenience.', 'You can pay by bank transfer to sort code 20-00-00, account 12345678, quoting the invoice number.', 'Please arrange payment, or reply to let us know when we can expect it.']),
  rude: ['FRANKLY, THIS IS UNACCEPTABLE.', 'We are tired of chasing you for money you clearly owe.', 'Perhaps you simply forgot, again.'],
  paid: () => pick(['If you have already paid, thank you, and please disregard this reminder.', 'If payment is already on its way, please ignore this email.', 'If you have already sent payment, thank you and please disregard this message.']),
  close: () => pick(['Best regards,', 'Kind regards,', 'Many thanks,', 'Sincerely,']),
  amount: () => `${pick(['$', '£', '€'])}${int(120, 24000).toLocaleString('en-US')}.${String(int(0, 99)).padStart(2, '0')}`,
  date: function () {
    return `${pick(this.months)} ${int(1, 28)}, 2026`;
  },
  subject: (inv, s) => (s === 'final-demand' ? `Final demand: invoice ${inv}` : s === 'before-due' ? `Upcoming invoice ${inv}` : `Invoice ${inv} payment reminder`),
};

const ES = {
  customers: ['Sra. Ruiz', 'Sr. Martínez', 'Sra. Fernández', 'Sr. Gómez', 'Sra. Herrera', 'Sr. Castillo'],
  companies: [
    ['Ferretería Hermanos Gil S.L.', 'Calle Mayor 12, 28013 Madrid', 'Tel. 910 000 000', 'cobros@ferreteriagil.example', 'www.ferreteriagil.example'],
    ['Distribuciones Alcázar S.A. de C.V.', 'Av. Insurgentes Sur 1602, 03940 Ciudad de México', 'Tel. +52 55 5000 1234', 'cobranza@alcazar.example', 'www.alcazar.example'],
    ['Conecta Fibra S.A.S.', 'Carrera 43A n.º 1 Sur-100, Medellín', 'Tel. (604) 444 1234', 'cartera@conectafibra.example', 'www.conectafibra.example'],
  ],
  services: ['el mantenimiento de octubre', 'el suministro de material eléctrico', 'la cuota mensual del servicio de internet', 'la auditoría del primer semestre', 'la reforma del local'],
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  greet: (c) => pick([`Estimada ${c}:`.replace('Estimada Sr.', 'Estimado Sr.'), `Buenos días, ${c}:`, `Apreciado/a cliente:`]),
  opening: (s) =>
    s === 'before-due' || s === 'due'
      ? pick(['Esperamos que se encuentre bien. Le escribimos para recordarle un pago próximo.', 'Le enviamos este recordatorio amistoso sobre su factura.'])
      : s === 'final-demand'
        ? pick(['Por medio de la presente le requerimos formalmente el pago del saldo pendiente.'])
        : pick(['Aún no hemos recibido el pago de la factura que se indica a continuación.', 'Le escribimos de nuevo en relación con un saldo vencido de su cuenta.']),
  facts: (inv, amt, due, svc) => pick([`La factura ${inv} por importe de ${amt}, correspondiente a ${svc}, vence el ${due}.`, `La factura ${inv} de ${amt} por ${svc} venció el ${due}.`]),
  copy: (inv, site) => pick(['Adjuntamos una copia de la factura.', `Puede consultar la factura en https://${site.replace(/^www\./, '')}/facturas/${inv}.`]),
  cta: (s) =>
    s === 'collection'
      ? 'Le rogamos que realice el pago esta semana o que nos responda para acordar un plan de pagos.'
      : s === 'final-demand'
        ? 'Le rogamos que abone el importe en un plazo de 15 días; de lo contrario, nos veremos obligados a iniciar las acciones legales oportunas.'
        : pick(['Le rogamos que realice el pago por transferencia a la cuenta ES12 2100 0418 4502 0005 1332.', 'Puede pagar con tarjeta o por transferencia indicando el número de factura.']),
  rude: ['¡ESTO ES INACEPTABLE!', 'Estamos cansados de perseguirle para que pague lo que debe.'],
  paid: () => pick(['Si ya ha realizado el pago, le agradecemos que no tenga en cuenta este mensaje.', 'Si ya efectuó el pago, por favor haga caso omiso de este aviso.']),
  close: () => pick(['Atentamente,', 'Un cordial saludo,', 'Cordialmente,']),
  amount: () => `${int(90, 18000).toLocaleString('de-DE')},${String(int(0, 99)).padStart(2, '0')} €`,
  date: function () {
    return `${int(1, 28)} de ${pick(this.months)} de 2026`;
  },
  subject: (inv) => `Recordatorio de pago: factura ${inv}`,
};

const VI = {
  customers: ['anh Hoàng Văn Nam', 'chị Nguyễn Thị Lan', 'Quý khách', 'ông Trần Minh Đức', 'bà Phạm Thu Hà'],
  companies: [
    ['Công ty TNHH Thiết bị Văn phòng Minh An', 'Địa chỉ: 45 Nguyễn Thị Minh Khai, Phường Bến Nghé, Quận 1, TP.HCM', 'Điện thoại: (028) 3822 4567', 'Email: ketoan@minhan.example', 'Website: www.minhan.example'],
    ['Công ty Cổ phần Nước sạch Sông Hồng', 'Địa chỉ: 18 Trần Hưng Đạo, Quận Hoàn Kiếm, Hà Nội', 'Điện thoại: 024 3826 6868', 'Email: cskh@songhong.example', 'Website: www.songhong.example'],
  ],
  services: ['dịch vụ bảo trì tháng 10', 'tiền nước kỳ tháng 10/2026', 'học phí học kỳ II', 'phí thuê văn phòng quý IV'],
  greet: (c) => `Kính gửi ${c},`,
  opening: (s) =>
    s === 'before-due' || s === 'due'
      ? pick(['Chúng tôi xin trân trọng thông báo về hóa đơn sắp đến hạn thanh toán.', 'Xin chân thành cảm ơn Quý khách đã tin dùng dịch vụ của chúng tôi.'])
      : pick(['Đến nay chúng tôi vẫn chưa nhận được khoản thanh toán cho hóa đơn dưới đây.', 'Chúng tôi xin nhắc lại về khoản công nợ đã quá hạn.']),
  facts: (inv, amt, due, svc) => pick([`Hóa đơn số ${inv} cho ${svc}, số tiền ${amt}, đến hạn thanh toán vào ngày ${due}.`, `Hóa đơn ${inv} (${svc}) với số tiền ${amt} đã quá hạn từ ngày ${due}.`]),
  copy: (inv, site) => pick(['Hóa đơn điện tử được gửi kèm theo thư này.', `Quý khách có thể xem hóa đơn tại https://${site.replace(/^Website: www\./, '')}/hoadon/${inv}.`]),
  cta: () => pick(['Kính mong Quý khách thanh toán bằng chuyển khoản vào tài khoản số 0071 0012 34567 tại Vietcombank.', 'Xin Quý khách vui lòng thanh toán trong vòng 7 ngày hoặc liên hệ với chúng tôi để thống nhất lịch trả góp.']),
  rude: ['QUÝ KHÁCH PHẢI TRẢ TIỀN NGAY!', 'Chúng tôi đã quá mệt mỏi với việc nhắc nợ.'],
  paid: () => pick(['Nếu Quý khách đã thanh toán, xin vui lòng bỏ qua thư này.', 'Trường hợp Quý khách đã chuyển khoản, xin bỏ qua thông báo này và nhận lời cảm ơn của chúng tôi.']),
  close: () => pick(['Trân trọng,', 'Trân trọng cảm ơn,']),
  amount: () => `${(int(50, 90000) * 1000).toLocaleString('de-DE')} đồng`,
  date: () => `${String(int(1, 28)).padStart(2, '0')}/${String(int(1, 12)).padStart(2, '0')}/2026`,
  subject: (inv) => `Thông báo thanh toán hóa đơn ${inv}`,
};

const DATA = { en: EN, es: ES, vi: VI };

/** One email: { lang, stage, name, text }. */
export function email(i) {
  const lang = ['en', 'es', 'vi'][i % 3];
  const d = DATA[lang];
  const stage = pick(STAGES);
  const [company, address, phone, mail, site] = pick(d.companies);
  const customer = pick(d.customers);
  const inv = `${pick(['INV', 'F', 'HD', 'FE'])}-2026-${int(100, 9999)}`;
  const parts = [d.greet(customer), '', `${d.opening(stage)} ${d.facts(inv, d.amount(), d.date(), pick(d.services))}`];
  if (rand() > 0.08) parts[2] += ` ${d.copy(inv, site)}`;
  if (rand() < 0.06) parts.push('', pick(d.rude));
  parts.push('', d.cta(stage));
  if (rand() > 0.1) parts.push('', d.paid());
  parts.push('', d.close(), company, address, `${phone} · ${mail}${rand() > 0.5 ? ` · ${site}` : ''}`);
  const front = `---\nlang: ${lang}\nstage: ${stage}\nsubject: "${d.subject(inv, stage)}"\n---\n\n`;
  return { lang, stage, name: `${stage}-${String(i).padStart(4, '0')}.${lang}.md`, text: `${front}${parts.join('\n')}\n` };
}
