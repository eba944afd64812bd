/**
 * HTML email bodies: rehype parses the markup, and every tag, comment and script/style block is
 * masked in place (same length), so the text keeps its original offsets. Block elements become
 * line breaks; link targets stay readable; entities are written decoded.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Root, RootContent, Element } from 'hast';
// entities, not parse-entities: the latter decodes through `document` in browsers, and the
// composer's engine runs in a Web Worker, which has none.
import { decodeHTML } from 'entities';
import { DELETED, keepHref, maskRange } from './mask.ts';

const HIDDEN = new Set(['script', 'style', 'head', 'title', 'template', 'noscript']);
const BLOCK = new Set([
  'p', 'br', 'div', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'blockquote', 'section', 'header', 'footer', 'article', 'tbody', 'thead', 'center', 'body',
]);

const CHARACTER_REFERENCE = /&(?:#\d+;?|#x[\da-f]+;?|[a-z][a-z\d]*;?)/gi;

const fragmentParser = unified().use(rehypeParse, { fragment: true });
const documentParser = unified().use(rehypeParse, { fragment: false });
const DOCUMENT_TAG = /<(?:!doctype|html|head|body)[\s>]/i;
const STRAY_DOCUMENT_TAG = /<\/?(?:!doctype|html|head|body)\b[^>]*>/gi;

export function fromHtml(chars: string[], masked: string, from: number): void {
  const body = masked.slice(from);
  const tree = (DOCUMENT_TAG.test(body) ? documentParser : fragmentParser).parse(body) as Root;
  const shift = from;
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      const pos = node.position;
      const start = pos?.start.offset;
      const end = pos?.end.offset;
      if (node.type === 'comment' || node.type === 'doctype') {
        if (start !== undefined && end !== undefined) maskRange(chars, shift + start, shift + end);
        continue;
      }
      if (node.type === 'text') {
        if (start === undefined || end === undefined) continue;
        const raw = body.slice(start, end);
        if (!raw.includes('&')) continue;
        // Character references, each decoded where it stands; the rest of the reference is marked
        // DELETED, which the projection drops ("electr&oacute;nica" reads "electrónica", and
        // every offset still maps back to the source).
        for (const ref of raw.matchAll(CHARACTER_REFERENCE)) {
          const value = decodeHTML(ref[0]);
          if (value === ref[0]) continue;
          for (let k = 0; k < ref[0].length; k++) {
            const ch = k < value.length ? value[k]! : DELETED;
            chars[shift + start + ref.index + k] = ch === '\n' ? ' ' : ch;
          }
        }
        continue;
      }
      if (node.type !== 'element') continue;
      const el = node as Element;
      if (start === undefined || end === undefined) {
        walk(el.children);
        continue;
      }
      if (HIDDEN.has(el.tagName)) {
        maskRange(chars, shift + start, shift + end);
        continue;
      }
      // Children the parser implied (a <tbody> no one wrote) have no position: their own children do.
      const inner = positionedSpan(el.children);
      const kids = inner ? [inner] : [];
      const firstKid = inner?.start ?? end;
      const lastKid = inner?.end ?? end;
      const openEnd = kids.length ? firstKid : tagEnd(body, start, end);
      const open = body.slice(start, openEnd);
      maskRange(chars, shift + start, shift + openEnd);
      if (el.tagName === 'a') keepHref(chars, open, shift + start);
      if (BLOCK.has(el.tagName) && chars[shift + start] !== '\n') chars[shift + start] = '\n';
      if (kids.length && lastKid < end) {
        maskRange(chars, shift + lastKid, shift + end);
        if (BLOCK.has(el.tagName) && chars[shift + lastKid] !== '\n') chars[shift + lastKid] = '\n';
      } else if (!kids.length) {
        maskRange(chars, shift + start, shift + end);
      }
      walk(el.children);
    }
  };
  walk(tree.children);
  // Document-level tags the parser implies rather than records.
  for (const m of body.matchAll(STRAY_DOCUMENT_TAG)) maskRange(chars, shift + m.index, shift + m.index + m[0].length);
}

/** The first start and last end offset among these nodes and, for nodes without a position, their descendants. */
function positionedSpan(nodes: RootContent[]): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const node of nodes) {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s !== undefined && e !== undefined) {
      start = Math.min(start, s);
      end = Math.max(end, e);
    } else if ('children' in node) {
      const inner = positionedSpan(node.children as RootContent[]);
      if (inner) {
        start = Math.min(start, inner.start);
        end = Math.max(end, inner.end);
      }
    }
  }
  return start === Infinity ? null : { start, end };
}

function tagEnd(body: string, start: number, end: number): number {
  const close = body.indexOf('>', start);
  return close === -1 || close >= end ? end : close + 1;
}
