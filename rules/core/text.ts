/** Text helpers shared by the engine: folding for matching, diacritic stripping, segments. */

/** The same folding the projection applies, for phrases and other data. */
export function foldForMatching(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u2019\u2018\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u00A0\u202F\u2007\u2009]/g, ' ')
    .replace(/(o)([àáảãạ])(?![\p{L}])/giu, (_, o: string, a: string) => moveTone(o, a, 'a'))
    .replace(/(o)([èéẻẽẹ])(?![\p{L}])/giu, (_, o: string, e: string) => moveTone(o, e, 'e'))
    .replace(/(u)([ỳýỷỹỵ])(?![\p{L}])/giu, (_, u: string, y: string) => moveTone(u, y, 'y'));
}

function moveTone(first: string, marked: string, plain: string): string {
  const tone = marked.normalize('NFD').slice(1);
  const moved = (first + tone).normalize('NFC');
  const tail = marked === marked.toUpperCase() && marked !== marked.toLowerCase() ? plain.toUpperCase() : plain;
  return moved + tail;
}

/** Lower case without diacritics (đ → d): for names of placeholders and loose comparisons. */
export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
