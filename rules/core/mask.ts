/** In-place masking helpers: hide markup without changing offsets. */
import { PLAIN_DIRECTIVE_LINE } from './directives.ts';

/**
 * Marks a masked character that the projection drops altogether (the rest of "&eacute;" after
 * its "é"), so the decoded text stays one word. A Unicode noncharacter: never in real text.
 */
export const DELETED = '\uFDD0';

/** Replaces every character but line breaks in [start, end) with a space. */
export function maskRange(chars: string[], start: number, end: number): void {
  for (let i = Math.max(0, start); i < Math.min(end, chars.length); i++) {
    if (chars[i] !== '\n') chars[i] = ' ';
  }
}

/** Template control syntax that is not text: block helpers, tags, comments. Placeholders stay. */
export const CONTROL_PATTERNS: RegExp[] = [
  /<!--[\s\S]*?-->/g, // HTML comments (also in Markdown and text templates)
  PLAIN_DIRECTIVE_LINE, // `# tactful-disable` lines (rules/core/directives.ts)
  /\{\{!--[\s\S]*?--\}\}/g, // handlebars block comment
  /\{\{![\s\S]*?\}\}/g, // handlebars/mustache comment
  /\{\{~?\s*[#/^>][\s\S]*?~?\}\}/g, // {{#if}} {{/if}} {{^x}} {{> partial}}
  /\{\{~?\s*else(?:\s[^}]*)?~?\}\}/g, // {{else}}, {{else if x}}
  /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g, // liquid comment block
  /\{%[\s\S]*?%\}/g, // liquid / jinja / twig tags
  /\{#[\s\S]*?#\}/g, // jinja / twig comments
  /<%[\s\S]*?%>/g, // mako / erb blocks
  /^[ \t]*%[ \t]*(?:if|elif|else|endif|for|endfor|while|endwhile|try|except|endtry)\b[^\n]*$/gm, // mako control lines
  /^[ \t]*##[^\n]*$/gm, // mako comments
];

/** Inline HTML/QWeb tags that may appear inside Markdown or text templates. */
const INLINE_TAG =
  /<\/?(?:a|p|br|div|span|strong|b|i|em|u|t|li|ul|ol|table|tbody|thead|tr|td|th|h[1-6]|img|hr|font|center|small|big|blockquote|section|header|footer)\b(?:[^<>"']|"[^"]*"|'[^']*')*\/?>/gi;
const BLOCK_TAG = /^<\/?(?:p|br|div|li|ul|ol|table|tr|h[1-6]|hr|blockquote|section|header|footer)\b/i;
const HREF = /\bhref\s*=\s*(["'])(.*?)\1/i;

/** Whether the text holds any inline tag that `maskInlineTags` would mask. */
export function hasInlineTags(text: string): boolean {
  INLINE_TAG.lastIndex = 0;
  const found = INLINE_TAG.test(text);
  INLINE_TAG.lastIndex = 0;
  return found;
}

/** Masks tags in place, keeping link targets readable and turning block tags into line breaks. */
export function maskInlineTags(chars: string[], masked: string): void {
  for (const m of masked.matchAll(INLINE_TAG)) {
    const tag = m[0];
    const start = m.index;
    maskRange(chars, start, start + tag.length);
    if (BLOCK_TAG.test(tag) && chars[start] !== '\n') chars[start] = '\n';
    keepHref(chars, tag, start);
  }
}

export function keepHref(chars: string[], tag: string, start: number): void {
  const h = HREF.exec(tag);
  if (!h) return;
  let value = h[2] ?? '';
  let offset = start + h.index + h[0].indexOf(value, h[0].indexOf('=') + 1);
  const scheme = /^(mailto|tel):/i.exec(value);
  if (scheme) {
    offset += scheme[0].length;
    value = value.slice(scheme[0].length);
  }
  if (!/^(https?:\/\/|www\.|[\w.+-]+@|\+?[\d(])|[{$%]/i.test(value)) return;
  for (let k = 0; k < value.length; k++) chars[offset + k] = value[k]!;
}

