/**
 * Words a rewrite may not add (counted in the original and in the answer, facts locked away):
 * new deadlines, new consequences, threats and insults, new quantities, new dates in words.
 * A rewrite that re-words "legal action" as "legal proceedings" keeps the count of its category
 * and passes; one that adds "within 24 hours" or "we will take legal action" to a friendly
 * reminder does not. Payment-plan wording (instalments, partial payments) is not guarded: the
 * collection-stage prompt asks for it. Plain phrases; `\w` inside a phrase stands for one word of any language.
 * Matching is case-insensitive on NFKC text unless a category says otherwise.
 */
import type { Language } from '../../rules/index.ts';

export type GuardCategory =
  | 'deadline'
  | 'consequence'
  | 'threat'
  | 'quantity'
  | 'number-word'
  | 'date-word'
  | 'payment'
  | 'status';

export interface GuardSet {
  category: GuardCategory;
  /** What the failure says was added. */
  label: string;
  caseSensitive?: boolean;
  phrases: Record<Language, string[]>;
}

const UNIT_EN = '(?:hours?|days?|weeks?|business days?|working days?)';
const UNIT_ES = '(?:horas|días|dias|semanas)(?: hábiles| naturales)?';
const UNIT_VI = '(?:giờ|tiếng|ngày|tuần)';

export const GUARDS: GuardSet[] = [
  {
    category: 'deadline',
    label: 'a new deadline',
    phrases: {
      en: [
        `within (?:the next )?(?:\\w+ )?${UNIT_EN}`, `in the next (?:\\w+ )?${UNIT_EN}`,
        '(?:by|before) (?:tomorrow|tonight|noon|midnight|the end of|end of|close of business|cob|eod)',
        'tomorrow', 'tonight', 'immediately', 'right away', 'at once', 'no later than', 'deadline', 'without delay',
        'forthwith', 'next (?:week|month|monday|tuesday|wednesday|thursday|friday)', 'end of (?:the )?(?:day|week|month)',
        '(?:an?|one|another|an extra|extra|additional|a further|further) (?:hour|day|week|month|fortnight)s?',
        '\\w+ (?:hours?|days?|weeks?|months?) (?:after|before|from|past|late|early|overdue)',
      ],
      es: [
        `(?:en|dentro de) (?:un plazo (?:máximo )?de |las próximas |los próximos )?(?:\\w+ )?${UNIT_ES}`,
        'mañana', 'esta noche', 'inmediata(?:mente)?', 'de inmediato', 'sin demora', 'a más tardar', 'fecha límite',
        'plazo máximo', 'la próxima semana', 'el próximo mes', 'fin de mes', 'final de mes', 'fin de semana',
        'antes del? (?:fin|final|mediodía|medianoche)',
        '(?:un|una|otro|otra) (?:hora|día|semana|mes) (?:más|adicional)', '(?:horas|días|semanas|meses) (?:después|antes|más)',
        'de (?:gracia|prórroga)', 'prórroga',
      ],
      vi: [
        `trong vòng (?:\\w+ )?${UNIT_VI}`, `trong (?:\\w+ )?${UNIT_VI} tới`, 'ngày mai', 'tối nay', 'ngay lập tức',
        'ngay bây giờ', 'ngay hôm nay', 'chậm nhất', 'muộn nhất', 'hạn chót', 'tuần sau', 'tuần tới', 'tháng sau',
        'tháng tới', 'cuối tuần', 'cuối tháng', 'cuối ngày', 'thêm (?:\\w+ )?(?:giờ|ngày|tuần|tháng)', 'gia hạn',
        '\\w+ (?:giờ|ngày|tuần|tháng) (?:nữa|tới)',
      ],
    },
  },
  {
    category: 'consequence',
    label: 'a new consequence (legal action, collection, fees, suspension)',
    phrases: {
      en: [
        'legal', 'lawsuit', 'sue', 'suing', 'court', 'courts', 'attorney', 'attorneys', 'lawyer', 'lawyers', 'solicitor',
        'solicitors', 'litigation', 'proceedings', 'collection agency', 'collections agency', 'debt collector',
        'debt collectors', 'debt collection', 'credit bureau', 'credit bureaus', 'credit report', 'credit reporting',
        'credit rating', 'blacklist', 'late fee', 'late fees', 'late charge', 'late charges', 'interest', 'penalty',
        'penalties', 'suspend', 'suspended', 'suspension', 'terminate', 'terminated', 'termination', 'cut off',
        'disconnect', 'disconnected', 'bailiff', 'bailiffs', 'police', 'seize', 'seizure', 'cancel', 'cancelled', 'canceled',
        'cancellation', 'close your account', 'block', 'blocked', 'restrict', 'restricted',
      ],
      es: [
        'legal', 'legales', 'judicial', 'judiciales', 'demanda', 'demandar', 'demandaremos', 'juicio', 'tribunal',
        'tribunales', 'abogado', 'abogados', 'abogada', 'juzgado', 'agencia de cobro', 'agencia de cobranza',
        'empresa de cobro', 'empresa de cobranza', 'buró de crédito', 'historial crediticio', 'central de riesgos',
        'asnef', 'recargo', 'recargos', 'interés', 'intereses', 'penalización', 'penalidad', 'multa', 'multas',
        'suspender', 'suspenderemos', 'suspensión', 'suspendido', 'cortar', 'corte del servicio', 'embargo', 'embargar',
        'policía', 'cancelar', 'cancelaremos', 'cancelación', 'cancelado', 'anular', 'bloquear', 'bloqueo', 'bloqueado',
      ],
      vi: [
        'khởi kiện', 'kiện', 'tòa án', 'toà án', 'luật sư', 'pháp lý', 'pháp luật', 'biện pháp mạnh', 'đòi nợ',
        'thu hồi nợ', 'phí phạt', 'lãi phạt', 'lãi chậm trả', 'tiền phạt', 'phạt', 'tạm ngưng', 'tạm dừng',
        'ngừng cung cấp', 'cắt dịch vụ', 'nợ xấu', 'công an', 'cưỡng chế', 'phong tỏa', 'hủy', 'huỷ', 'chấm dứt', 'khóa',
        'khoá',
      ],
    },
  },
  {
    category: 'threat',
    label: 'a threat, insult or blame',
    phrases: {
      en: [
        'or else', 'you will regret', "you'll regret", 'we will make sure', 'publicly', 'everyone will know',
        'shame', 'shameful', 'pathetic', 'ridiculous', 'incompetent', 'irresponsible', 'lazy', 'unacceptable',
        'disgrace', 'disgraceful', 'liar', 'liars', 'thief', 'thieves', 'stupid', 'idiot', 'fraud', 'scam', 'cheat',
        'last chance', 'final warning', 'warn you', 'warning', 'consequences', 'ignored', 'ignoring', 'excuses',
        'as (?:we|i) (?:have )?(?:already )?(?:told|said|mentioned|explained)', 'repeatedly', 'for the last time',
        'clearly', 'obviously', 'you failed', 'your failure', 'you forgot', 'you neglected', 'you ignored',
      ],
      es: [
        'o si no', 'se arrepentirá', 'se arrepentiran', 'públicamente', 'vergüenza', 'vergonzoso', 'ridículo', 'ridícula',
        'incompetente', 'irresponsable', 'inaceptable', 'mentiroso', 'mentirosa', 'ladrón', 'ladrones', 'estafa',
        'estafador', 'fraude', 'última oportunidad', 'le advertimos', 'advertencia', 'consecuencias', 'excusas',
        'ignorado', 'ignorando', 'como ya le (?:dijimos|indicamos|advertimos)', 'reiteradamente', 'por última vez',
        'evidentemente', 'obviamente', 'su falta de', 'usted olvidó', 'se olvidó',
      ],
      vi: [
        'nếu không thì', 'hối hận', 'xấu hổ', 'vô trách nhiệm', 'không thể chấp nhận', 'lừa đảo', 'ăn quỵt', 'quỵt',
        'cơ hội cuối cùng', 'cảnh cáo', 'bêu tên', 'công khai', 'hậu quả', 'lấy cớ', 'phớt lờ', 'cố tình',
        'như đã (?:nói|nhắc|báo)', 'nhiều lần', 'lần cuối', 'rõ ràng là', 'lại quên',
      ],
    },
  },
  {
    category: 'quantity',
    label: 'a new quantity (half, double, percent, discount…)',
    phrases: {
      en: [
        'half', 'double', 'twice', 'triple', 'percent', 'per cent', 'surcharge', 'discount', 'deposit', 'plus', 'vat', 'tax',
        'taxes', 'excluding', 'minus', 'reduced', 'increased', 'adjusted', 'waived', 'waive', 'forgiven', 'written off',
        'refund', 'credit note',
      ],
      es: [
        'mitad', 'doble', 'triple', 'por ciento', 'porcentaje', 'descuento', 'anticipo', 'iva', 'impuesto', 'impuestos',
        'reembolso', 'nota de crédito', 'reducido', 'rebajado', 'rebaja', 'condonado', 'condonar', 'ajustado', 'aumentado',
      ],
      vi: [
        'một nửa', 'nửa', 'gấp đôi', 'gấp ba', 'phần trăm', 'phụ phí', 'giảm giá', 'chiết khấu', 'đặt cọc', 'thuế', 'vat',
        'cộng thêm', 'hoàn tiền', 'miễn', 'điều chỉnh', 'được giảm', 'tăng lên',
      ],
    },
  },
  {
    category: 'number-word',
    label: 'a new number in words',
    phrases: {
      en: [
        'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
        'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion',
        'dozen', 'hundreds', 'thousands', 'millions',
      ],
      es: [
        'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'quince', 'veinte',
        'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa', 'cien', 'ciento', 'cientos',
        'mil', 'millón', 'millones',
      ],
      // Not "hai" (two): "cả hai bên" (both sides) belongs in a cooperative collection letter.
      vi: ['ba ngày', 'bốn', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ'],
    },
  },
  {
    category: 'date-word',
    label: 'a new date or weekday',
    caseSensitive: true,
    phrases: {
      en: [
        'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
        'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
        'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
      ],
      es: [
        '[Ee]nero', '[Ff]ebrero', '[Mm]arzo', '[Aa]bril', '[Mm]ayo', '[Jj]unio', '[Jj]ulio', '[Aa]gosto', '[Ss]eptiembre',
        '[Ss]etiembre', '[Oo]ctubre', '[Nn]oviembre', '[Dd]iciembre', '[Ll]unes', '[Mm]artes', '[Mm]iércoles', '[Jj]ueves',
        '[Vv]iernes', '[Ss]ábado', '[Dd]omingo',
      ],
      vi: ['[Tt]háng', '[Tt]hứ (?:hai|ba|tư|năm|sáu|bảy)', '[Cc]hủ nhật'],
    },
  },
  {
    category: 'payment',
    label: 'a new way to pay or new payment details',
    phrases: {
      en: [
        'cash', 'bitcoin', 'crypto', 'cryptocurrency', 'gift card', 'gift cards', 'western union', 'moneygram', 'paypal',
        'venmo', 'zelle', 'new account', 'new bank account', 'different account', 'another account', 'details have changed',
        'account has changed', 'iban', 'swift', 'sort code', 'routing number', 'card number', 'card details', 'password',
        'pin', 'cvv', 'security code',
      ],
      es: [
        'efectivo', 'bitcoin', 'criptomoneda', 'criptomonedas', 'tarjeta regalo', 'tarjetas regalo', 'western union',
        'paypal', 'bizum', 'nueva cuenta', 'cuenta nueva', 'otra cuenta', 'han cambiado', 'ha cambiado', 'iban', 'swift', 'clabe',
        'número de tarjeta', 'datos de su tarjeta', 'contraseña', 'código de seguridad',
      ],
      vi: [
        'tiền mặt', 'bitcoin', 'tiền điện tử', 'thẻ quà tặng', 'tài khoản mới', 'tài khoản khác', 'đã thay đổi', 'momo',
        'zalopay', 'swift', 'số thẻ', 'thông tin thẻ', 'mật khẩu', 'mã otp', 'otp',
      ],
    },
  },
  {
    category: 'status',
    label: 'a different payment status (not yet due)',
    phrases: {
      en: ['will be due', 'will fall due', 'falls due', 'upcoming', 'not yet due', 'before the due date', 'due soon', 'coming up'],
      es: ['vencerá', 'próximo vencimiento', 'aún no ha vencido', 'todavía no ha vencido', 'antes del vencimiento', 'está por vencer'],
      vi: ['sắp đến hạn', 'sẽ đến hạn', 'chưa đến hạn', 'trước ngày đến hạn', 'trước hạn'],
    },
  },
];

const compiled = new Map<string, RegExp>();

/** One regex per category and language, matching whole words. */
export function guardRegex(set: GuardSet, lang: Language): RegExp {
  const key = `${set.category}:${lang}`;
  let re = compiled.get(key);
  if (!re) {
    const alternatives = [...set.phrases[lang]]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/\\w\+?/g, '[\\p{L}\\p{N}]+').replace(/ /g, '\\s+'))
      .join('|');
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, set.caseSensitive ? 'gu' : 'giu');
    compiled.set(key, re);
  }
  return re;
}
