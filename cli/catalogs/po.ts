/**
 * gettext PO/POT catalogs, read with gettext-parser: the catalog's language (PO header `Language:`,
 * else the file name), each entry's msgid (the source), msgid_plural, msgstr forms, the fuzzy flag,
 * and the line of each msgstr (gettext-parser gives no positions, so a light scan finds them).
 */
import { po as poParser, type GetTextTranslations } from 'gettext-parser';

export interface PoEntry {
  /** msgctxt + EOT + msgid, as gettext keys it. */
  key: string;
  msgctxt?: string;
  msgid: string;
  msgidPlural?: string;
  msgstr: string[];
  fuzzy: boolean;
  /** Line of the msgid, and of each msgstr form (1-based). */
  msgidLine: number;
  msgstrLines: number[];
}

export interface PoCatalog {
  /** Language from the header (may be missing or invalid). */
  headerLanguage?: string;
  entries: PoEntry[];
}

export class PoError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'PoError';
  }
}

const KEY_SEP = '\u0004';

export function readPoCatalog(text: string): PoCatalog {
  let parsed: GetTextTranslations;
  try {
    parsed = poParser.parse(text);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'unreadable';
    const line = /line (\d+)/i.exec(message)?.[1];
    throw new PoError(`broken PO file: ${message}`, line ? Number(line) : undefined);
  }
  const lines = scanLines(text);
  const entries: PoEntry[] = [];
  for (const [ctx, table] of Object.entries(parsed.translations ?? {})) {
    for (const [msgid, t] of Object.entries(table)) {
      if (!msgid) continue; // the header entry
      const key = ctx ? `${ctx}${KEY_SEP}${msgid}` : msgid;
      const at = lines.get(key);
      entries.push({
        key,
        msgctxt: ctx || undefined,
        msgid,
        msgidPlural: t.msgid_plural,
        msgstr: t.msgstr ?? [],
        fuzzy: /(^|,)\s*fuzzy\s*(,|$)/.test(t.comments?.flag ?? ''),
        msgidLine: at?.msgid ?? 1,
        msgstrLines: at?.msgstr ?? [],
      });
    }
  }
  entries.sort((a, b) => a.msgidLine - b.msgidLine);
  const lang = parsed.headers?.Language ?? parsed.headers?.language;
  return { headerLanguage: lang?.trim() || undefined, entries };
}

function unquote(s: string): string {
  const m = /^"(.*)"\s*$/.exec(s.trim());
  if (!m) return '';
  return m[1]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c));
}

/** Maps each entry's key to the lines of its msgid and msgstr forms. */
function scanLines(text: string): Map<string, { msgid: number; msgstr: number[] }> {
  const out = new Map<string, { msgid: number; msgstr: number[] }>();
  const lines = text.split(/\r?\n/);
  let ctx = '';
  let id = '';
  let idLine = 0;
  let strLines: number[] = [];
  let field: 'ctx' | 'id' | 'plural' | 'str' | null = null;
  const flush = () => {
    if (idLine) out.set(ctx ? `${ctx}${KEY_SEP}${id}` : id, { msgid: idLine, msgstr: strLines });
    ctx = '';
    id = '';
    idLine = 0;
    strLines = [];
    field = null;
  };
  lines.forEach((raw, n) => {
    const line = raw.replace(/^#~\s?/, '');
    const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")\s*$/.exec(line.trim());
    if (m) {
      const kw = m[1]!;
      if (kw === 'msgctxt' || (kw === 'msgid' && field === 'str')) flush();
      if (kw === 'msgctxt') {
        field = 'ctx';
        ctx = unquote(m[2]!);
      } else if (kw === 'msgid') {
        field = 'id';
        id = unquote(m[2]!);
        idLine = n + 1;
      } else if (kw === 'msgid_plural') field = 'plural';
      else {
        field = 'str';
        strLines.push(n + 1);
      }
      return;
    }
    if (/^\s*"/.test(line)) {
      if (field === 'ctx') ctx += unquote(line);
      else if (field === 'id') id += unquote(line);
      return;
    }
    if (!line.trim() && field === 'str') flush();
  });
  flush();
  return out;
}
