/**
 * JSON message catalogs (i18next style, flat or nested keys, one file per language): every string
 * leaf with its dotted key path and where its value starts in the file. A small scanner rather than
 * JSON.parse, because findings must point at the key's line; it accepts exactly JSON.
 */
import { VFile } from 'vfile';
import { location } from 'vfile-location';

export interface CatalogString {
  key: string;
  value: string;
  line: number;
  column: number;
}

export class CatalogSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'CatalogSyntaxError';
  }
}

/** Reads a JSON catalog; throws CatalogSyntaxError (with line and column) on invalid JSON or a non-object root. */
export function readJsonCatalog(text: string): CatalogString[] {
  const src = text.replace(/^\uFEFF/, '');
  let i = 0;
  const out: CatalogString[] = [];
  const place = location(new VFile({ value: src }));
  const point = (offset: number) => {
    const p = place.toPoint(offset) ?? { line: 1, column: 1 };
    return { line: p.line, column: p.column };
  };
  const fail = (what: string): never => {
    const p = point(Math.min(i, src.length));
    throw new CatalogSyntaxError(`invalid JSON at line ${p.line}, column ${p.column}: ${what}`, p.line, p.column);
  };
  const ws = () => {
    while (i < src.length && /\s/.test(src[i]!)) i++;
  };
  const str = (): string => {
    if (src[i] !== '"') fail('expected a string');
    const start = i;
    i++;
    let end = i;
    while (end < src.length && src[end] !== '"') {
      if (src[end] === '\\') end++;
      if (src[end] === '\n') {
        i = end;
        fail('line break inside a string');
      }
      end++;
    }
    if (end >= src.length) fail('unterminated string');
    i = end + 1;
    try {
      return JSON.parse(src.slice(start, i)) as string;
    } catch {
      i = start;
      return fail('invalid escape in a string');
    }
  };
  const value = (path: string[]): void => {
    ws();
    const ch = src[i];
    if (ch === '{') {
      i++;
      ws();
      if (src[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        const k = str();
        ws();
        if (src[i] !== ':') fail('expected ":" after a key');
        i++;
        value([...path, k]);
        ws();
        if (src[i] === ',') {
          i++;
          continue;
        }
        if (src[i] === '}') {
          i++;
          return;
        }
        fail('expected "," or "}"');
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (src[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value([...path, String(n)]);
        ws();
        if (src[i] === ',') {
          i++;
          continue;
        }
        if (src[i] === ']') {
          i++;
          return;
        }
        fail('expected "," or "]"');
      }
    }
    if (ch === '"') {
      const at = point(i);
      const v = str();
      out.push({ key: path.join('.'), value: v, line: at.line, column: at.column });
      return;
    }
    const lit = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(src.slice(i, i + 40));
    if (!lit) fail(ch === undefined ? 'unexpected end of file' : `unexpected "${ch}"`);
    i += lit![0].length;
  };
  ws();
  if (src[i] !== '{') fail('a catalog must be a JSON object of keys and strings');
  value([]);
  ws();
  if (i < src.length) fail('unexpected content after the catalog');
  return out;
}
