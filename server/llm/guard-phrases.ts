/**
 * Words a rewrite may not add (counted in the original and in the answer, facts locked away):
 * new deadlines, new consequences, threats and insults, new quantities, new dates in words.
 * A rewrite that re-words "legal action" as "legal proceedings" keeps the count of its category
 * and passes; one that adds "within 24 hours" or "we will take legal action" to a friendly
 * reminder does not. Plain phrases; `\w` inside a phrase stands for one word of any language.
 * Matching is case-insensitive on NFKC text unless a category says otherwise.
 */
import type { Language } from '../../rules/index.ts';

export type GuardCategory =
  | 'deadline'
  | 'consequence'
  | 'threat'
  | 'quantity'
  | 'number-word'
  | 'date-word';

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
      ],
      es: [
        `(?:en|dentro de) (?:un plazo (?:máximo )?de |las próximas |los próximos )?(?:\\w+ )?${UNIT_ES}`,
        'mañana', 'esta noche', 'inmediata(?:mente)?', 'de inmediato', 'sin demora', 'a más tardar', 'fecha límite',
        'plazo máximo', 'la próxima semana', 'el próximo mes', 'fin de mes', 'final de mes', 'fin de semana',
        'antes del? (?:fin|final|mediodía|medianoche)',
      ],
      vi: [
        `trong vòng (?:\\w+ )?${UNIT_VI}`, `trong (?:\\w+ )?${UNIT_VI} tới`, 'ngày mai', 'tối nay', 'ngay lập tức',
        'ngay bây giờ', 'ngay hôm nay', 'chậm nhất', 'muộn nhất', 'hạn chót', 'tuần sau', 'tuần tới', 'tháng sau',
        'tháng tới', 'cuối tuần', 'cuối tháng', 'cuối ngày',
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
        'disconnect', 'disconnected', 'bailiff', 'bailiffs', 'police', 'seize', 'seizure',
      ],
      es: [
        'legal', 'legales', 'judicial', 'judiciales', 'demanda', 'demandar', 'demandaremos', 'juicio', 'tribunal',
        'tribunales', 'abogado', 'abogados', 'abogada', 'juzgado', 'agencia de cobro', 'agencia de cobranza',
        'empresa de cobro', 'empresa de cobranza', 'buró de crédito', 'historial crediticio', 'central de riesgos',
        'asnef', 'recargo', 'recargos', 'interés', 'intereses', 'penalización', 'penalidad', 'multa', 'multas',
        'suspender', 'suspenderemos', 'suspensión', 'suspendido', 'cortar', 'corte del servicio', 'embargo', 'embargar',
        'policía',
      ],
      vi: [
        'khởi kiện', 'kiện', 'tòa án', 'toà án', 'luật sư', 'pháp lý', 'pháp luật', 'biện pháp mạnh', 'đòi nợ',
        'thu hồi nợ', 'phí phạt', 'lãi phạt', 'lãi chậm trả', 'tiền phạt', 'phạt', 'tạm ngưng', 'tạm dừng',
        'ngừng cung cấp', 'cắt dịch vụ', 'nợ xấu', 'công an', 'cưỡng chế', 'phong tỏa',
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
      ],
      es: [
        'o si no', 'se arrepentirá', 'se arrepentiran', 'públicamente', 'vergüenza', 'vergonzoso', 'ridículo', 'ridícula',
        'incompetente', 'irresponsable', 'inaceptable', 'mentiroso', 'mentirosa', 'ladrón', 'ladrones', 'estafa',
        'estafador', 'fraude', 'última oportunidad', 'le advertimos', 'advertencia', 'consecuencias', 'excusas',
        'ignorado', 'ignorando',
      ],
      vi: [
        'nếu không thì', 'hối hận', 'xấu hổ', 'vô trách nhiệm', 'không thể chấp nhận', 'lừa đảo', 'ăn quỵt', 'quỵt',
        'cơ hội cuối cùng', 'cảnh cáo', 'bêu tên', 'công khai', 'hậu quả', 'lấy cớ', 'phớt lờ', 'cố tình',
      ],
    },
  },
  {
    category: 'quantity',
    label: 'a new quantity (half, double, percent, discount…)',
    phrases: {
      en: ['half', 'double', 'twice', 'triple', 'percent', 'per cent', 'surcharge', 'discount', 'partial', 'partially', 'deposit', 'installment', 'installments', 'instalment', 'instalments'],
      es: ['mitad', 'doble', 'triple', 'por ciento', 'porcentaje', 'descuento', 'parcial', 'parcialmente', 'anticipo', 'cuota', 'cuotas'],
      vi: ['một nửa', 'nửa', 'gấp đôi', 'gấp ba', 'phần trăm', 'phụ phí', 'giảm giá', 'chiết khấu', 'một phần', 'đặt cọc', 'trả góp'],
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
      vi: ['hai', 'bốn', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ'],
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
