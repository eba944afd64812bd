/**
 * quality/placeholder-syntax — template syntax that will not render: `{{amount}`, `{amount}}`,
 * `{{ amount }`, a `{% if` or `{{` never closed, a `}}` or `%}` that closes nothing, `{{ x %}`.
 * The source is scanned (the projection hides template tags), outside front matter (but inside its
 * subject) and outside `<style>`/`<script>` blocks, whose CSS may hold `}}`.
 */
import type { Rule, RuleContext } from '../core/rule.ts';
import { LANGUAGES } from '../core/types.ts';

const TOKEN = /\{\{\{|\}\}\}|\{\{|\}\}|\{%|%\}|\{#|#\}/g;
const CLOSER: Record<string, string> = { '{{{': '}}}', '{{': '}}', '{%': '%}', '{#': '#}' };
const NAME = String.raw`[\p{L}_][\p{L}\p{N}_.]*`;
/** A name with filters: `invoice.amount | money`, `amount|format_currency('EUR')`. */
const FILTERED = String.raw`${NAME}(?:\s*\|\s*[\p{L}_][\p{L}\p{N}_]*(?:\([^(){}]*\)|:\s*[^{}|]+?)?)*`;
/** `{{amount}` / `{{ amount }` / `{{ amount|money }` — one brace short at the end. */
const SHORT_CLOSE = new RegExp(String.raw`^\{\{(\s*)(${FILTERED})(\s*)\}(?!\})`, 'u');
/** Comments of the template languages: whatever they hold is not syntax. */
const COMMENTS = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{#[\s\S]*?#\}|\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}|<!--[\s\S]*?-->/g;
/** Block tags that need their end tag (Liquid, Jinja, Twig). */
const BLOCK_TAG = /\{%-?\s*(end)?(if|unless|for|case|capture|block|macro|call|filter|with|raw|tablerow|paginate|spaceless|autoescape|verbatim|embed|apply|set)\b[\s\S]*?-?%\}/gu;
/** `{% set name %}…{% endset %}` is a block; `{% set name = value %}` is not. */
const BLOCK_SET = /^\{%-?\s*set\s+[\p{L}_][\p{L}\p{N}_]*\s*-?%\}$/u;
/** Handlebars / Mustache sections: `{{#if x}}` or `{{^x}}` … `{{/if}}`. */
const SECTION_TAG = /\{\{~?\s*([#^/])\s*([\p{L}_][\p{L}\p{N}_.-]*)[^}]*\}\}/gu;
/** `{amount}}` — one brace short at the start. */
const SHORT_OPEN = new RegExp(String.raw`(?<![{$%])\{(\s*)(${NAME})(\s*)\}\}$`, 'u');
const HIDDEN_BLOCK = /<(style|script)\b[\s\S]*?<\/\1\s*>/gi;

interface Problem {
  start: number;
  end: number;
  message: string;
  fix?: string;
}

/** Finds broken template syntax in a source (offsets in the source). */
export function findSyntaxProblems(source: string, skip: Array<[number, number]> = []): Problem[] {
  let text = source;
  const blank = (s: number, e: number) => {
    text = text.slice(0, s) + text.slice(s, e).replace(/[^\n]/g, ' ') + text.slice(e);
  };
  for (const [s, e] of skip) blank(s, e);
  for (const m of source.matchAll(HIDDEN_BLOCK)) blank(m.index, m.index + m[0].length);
  for (const m of text.matchAll(COMMENTS)) blank(m.index, m.index + m[0].length);
  const problems: Problem[] = [];
  const usesDoubleBraces = /\{\{\s*[\p{L}_]/u.test(text);
  const lineEnd = (at: number) => {
    const nl = text.indexOf('\n', at);
    return nl === -1 ? text.length : nl;
  };
  let open: { token: string; at: number } | null = null;
  const unclosed = (o: { token: string; at: number }) => {
    const short = SHORT_CLOSE.exec(text.slice(o.at, lineEnd(o.at)));
    if (o.token === '{{' && short) {
      const fixed = `{{${short[1]}${short[2]}${short[3]}}}`;
      problems.push({ start: o.at, end: o.at + short[0].length, message: `“${short[0]}” closes with one brace; write “${fixed}”.`, fix: fixed });
      return;
    }
    const end = Math.min(lineEnd(o.at), o.at + 40);
    problems.push({
      start: o.at,
      end,
      message: `“${o.token}” is never closed: add “${CLOSER[o.token]}” after the ${o.token === '{%' ? 'tag' : o.token === '{#' ? 'comment' : 'placeholder'}.`,
    });
  };
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const at = m.index;
    if (token in CLOSER) {
      if (open) unclosed(open);
      open = { token, at };
      continue;
    }
    if (open && CLOSER[open.token] === token) {
      open = null;
      continue;
    }
    if (open) {
      problems.push({
        start: open.at,
        end: at + token.length,
        message: `“${open.token}” is closed by “${token}”; close it with “${CLOSER[open.token]}”.`,
        fix: `${text.slice(open.at, at)}${CLOSER[open.token]}`,
      });
      open = null;
      continue;
    }
    // A closer with nothing open.
    if (token === '#}') continue; // "item #}" is rare enough; a stray one renders harmlessly.
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const short = token === '}}' ? SHORT_OPEN.exec(text.slice(lineStart, at + 2)) : null;
    if (short) {
      const start = at + 2 - short[0].length;
      const fixed = usesDoubleBraces ? `{{${short[1]}${short[2]}${short[3]}}}` : `{${short[1]}${short[2]}${short[3]}}`;
      problems.push({ start, end: at + 2, message: `“${short[0]}” opens with one brace; write “${fixed}”.`, fix: fixed });
    } else {
      problems.push({ start: at, end: at + token.length, message: `“${token}” closes nothing: a placeholder or tag lost its opening “${token === '}}' ? '{{' : '{%'}”.` });
    }
  }
  if (open) unclosed(open);
  problems.push(...unbalancedBlocks(text));
  return problems;
}

/**
 * Block tags without their end tag, and end tags that close nothing: `{% if overdue %}` with no
 * `{% endif %}`, `{{#if paid}}` with no `{{/if}}`, a stray `{% endfor %}`.
 */
function unbalancedBlocks(text: string): Problem[] {
  const problems: Problem[] = [];
  const tags = [
    ...[...text.matchAll(BLOCK_TAG)]
      .filter((m) => m[2] !== 'set' || m[1] || BLOCK_SET.test(m[0]))
      .map((m) => ({ at: m.index, raw: m[0], name: m[2]!, closing: !!m[1], style: 'tag' as const })),
    ...[...text.matchAll(SECTION_TAG)]
      .filter((m) => !(m[1] === '#' && /^(?:>|else\b)/.test(m[2]!)))
      .map((m) => ({ at: m.index, raw: m[0], name: m[2]!, closing: m[1] === '/', style: 'section' as const })),
  ].sort((a, b) => a.at - b.at);
  const stack: typeof tags = [];
  for (const t of tags) {
    if (!t.closing) {
      stack.push(t);
      continue;
    }
    const i = stack.map((o) => o.style === t.style && o.name === t.name).lastIndexOf(true);
    if (i === -1) {
      const opener = t.style === 'tag' ? `{% ${t.name} %}` : `{{#${t.name}}}`;
      problems.push({ start: t.at, end: t.at + t.raw.length, message: `“${t.raw}” closes no “${opener}”: remove it or add the opening tag.` });
      continue;
    }
    // Blocks opened after this one's opener and never closed.
    for (const o of stack.splice(i).slice(1)) problems.push(neverClosed(o));
  }
  for (const o of stack) problems.push(neverClosed(o));
  return problems;
}

function neverClosed(o: { at: number; raw: string; name: string; style: 'tag' | 'section' }): Problem {
  const end = o.style === 'tag' ? `{% end${o.name} %}` : `{{/${o.name}}}`;
  return { start: o.at, end: o.at + o.raw.length, message: `“${o.raw}” is never closed: add “${end}” where the block ends.` };
}

function skippedSpans(ctx: RuleContext): Array<[number, number]> {
  const fm = ctx.analysis.doc.frontMatter;
  if (!fm) return [];
  if (!fm.subjectRange) return [fm.range];
  return [
    [fm.range[0], fm.subjectRange[0]],
    [fm.subjectRange[1], fm.range[1]],
  ];
}

export const placeholderSyntax: Rule = {
  meta: {
    id: 'quality/placeholder-syntax',
    severity: 'error',
    languages: LANGUAGES,
    description: 'A placeholder or template tag is broken and will not render.',
    docs:
      'A placeholder with a missing brace (`{{amount}`, `{amount}}`) or a tag that is never closed (`{% if overdue`) is sent to the customer as it is, or breaks the whole template. Close every `{{` with `}}`, every `{%` with `%}` and every `{#` with `#}`. When the fix is clear (a brace short), `--fix` adds it.',
    examples: {
      en: { good: 'The balance of {{ invoice.amount }} was due on {{ invoice.due_date }}.', bad: 'The balance of {{ invoice.amount } was due on {{ invoice.due_date }}.' },
      es: { good: 'El importe de {{importe}} venció el {{fecha_vencimiento}}.', bad: 'El importe de {{importe} venció el {fecha_vencimiento}}.' },
      vi: { good: 'Số tiền {{so_tien}} đã đến hạn vào ngày {{han_thanh_toan}}.', bad: 'Số tiền {{so_tien} đã đến hạn vào ngày {% if han_thanh_toan.' },
    },
    fixable: true,
  },
  check(ctx) {
    const { doc } = ctx.analysis;
    if (!/[{}]/.test(doc.source)) return;
    for (const p of findSyntaxProblems(doc.source, skippedSpans(ctx))) {
      const start = doc.projection.fromSource(p.start);
      const end = Math.max(start, doc.projection.fromSource(p.end));
      ctx.report({
        start,
        end,
        message: p.message,
        suggestions: p.fix !== undefined ? [{ text: p.fix, description: `Replace with “${p.fix}”` }] : [],
        fixable: p.fix !== undefined,
      });
    }
  },
};
