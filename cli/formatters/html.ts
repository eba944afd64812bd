/**
 * `--format html`: a self-contained review page (inline CSS, no scripts or external assets) for
 * localization reviewers — a matrix of templates × languages with each required element ✓/✗,
 * the tone label and the count of parity findings; each cell links to its findings below.
 */
import { ELEMENTS, type LintMessage } from '../../rules/index.ts';
import type { LibraryResult } from '../../rules/library/index.ts';
import type { FileResult } from '../types.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const ELEMENT_SHORT: Record<string, string> = {
  'invoice-copy': 'Invoice',
  amount: 'Amount',
  'due-date': 'Due date',
  'call-to-action': 'Call to action',
  'contact-details': 'Contact',
  'already-paid-note': 'Already paid',
};

interface Row {
  template: string;
  cells: Map<string, Cell[]>;
}
interface Cell {
  id: string;
  label: string;
  result: FileResult;
}

export function formatHtml(results: FileResult[], library: LibraryResult | null): string {
  const entries = library?.entries ?? [];
  const entryOf = new Map<FileResult, { template: string; language: string }>();
  // Match results to library entries (file + key) to know each one's template.
  for (const r of results) {
    const key = (r.report as { key?: string } | undefined)?.key;
    const e = entries.find((x) => x.file === r.file && x.key === key);
    if (r.report) entryOf.set(r, { template: e?.template ?? r.file, language: r.report.language });
  }
  const rows = new Map<string, Row>();
  const languages = new Set<string>();
  let n = 0;
  const ids = new Map<FileResult, string>();
  for (const r of results) {
    const info = entryOf.get(r);
    if (!info) continue;
    const id = `f${++n}`;
    ids.set(r, id);
    languages.add(info.language);
    const row = rows.get(info.template) ?? { template: info.template, cells: new Map() };
    const list = row.cells.get(info.language) ?? [];
    list.push({ id, label: r.file, result: r });
    row.cells.set(info.language, list);
    rows.set(info.template, row);
  }
  const langs = [...languages].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const all = results.flatMap((r) => r.report?.messages ?? (r.errorMessage ? [r.errorMessage] : []));
  const count = (sev: string) => all.filter((m) => m.severity === sev).length;
  const parityCount = all.filter((m) => m.ruleId.startsWith('parity/')).length;

  const matrix = [...rows.values()]
    .sort((a, b) => a.template.localeCompare(b.template))
    .map((row) => {
      const cells = langs
        .map((l) => {
          const list = row.cells.get(l);
          if (!list) return '<td class="none">—<br><small>no variant</small></td>';
          return `<td>${list.map((c) => cellHtml(c)).join('<hr>')}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${esc(row.template)}</th>${cells}</tr>`;
    })
    .join('\n');

  const errors = results
    .filter((r) => r.error)
    .map((r) => `<li><strong>${esc(r.file)}</strong>: ${esc(r.error!)}</li>`)
    .join('');

  const details = results
    .filter((r) => ids.has(r))
    .map((r) => {
      const id = ids.get(r)!;
      const rep = r.report!;
      const key = (rep as { key?: string }).key;
      const msgs = rep.messages;
      const items = msgs.length
        ? `<ol>${msgs.map((m) => messageHtml(m)).join('')}</ol>`
        : '<p class="ok">No findings.</p>';
      return `<section id="${id}"><h3>${esc(r.file)}${key ? ` <small>${esc(key)}</small>` : ''}</h3>
<p class="meta">${esc(rep.language)} · ${esc(rep.stage ?? 'stage unknown')} · tone <span class="tone ${rep.tone.label}">${rep.tone.label}</span> (${rep.tone.score.toFixed(2)})</p>
${items}</section>`;
    })
    .join('\n');

  const sequences = (library?.sequences ?? [])
    .map((s) => `<li>${esc(s.name)} (${esc(s.lang)}): ${s.entries.map((e) => esc(e.stage ?? '?')).join(' → ')}</li>`)
    .join('');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tactful library review</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1d232b;background:#fff}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px}h3{font-size:14px;margin:20px 0 4px}
.summary{color:#555;margin:0 0 16px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d8dde3;padding:6px 8px;vertical-align:top;text-align:left}
thead th{background:#f3f5f7;position:sticky;top:0}
td.none{color:#a33;background:#fdf2f2;text-align:center}
a.cell{display:block;color:inherit;text-decoration:none}a.cell:hover{background:#f5f9ff}
.els{display:flex;flex-wrap:wrap;gap:2px 8px;margin:2px 0;font-size:12px}
.y{color:#1a7f37}.n{color:#cf222e;font-weight:600}
.tone{padding:0 6px;border-radius:8px;font-size:12px}.polite{background:#dafbe1}.firm{background:#fff8c5}.aggressive{background:#ffebe9}
.badge{display:inline-block;padding:0 6px;border-radius:8px;font-size:12px;margin-right:4px}
.b-error{background:#ffebe9;color:#82071e}.b-warning{background:#fff8c5;color:#7d4e00}.b-info{background:#ddf4ff;color:#0a3069}
ol{padding-left:22px}li{margin:3px 0}code{background:#f3f5f7;padding:0 3px;border-radius:3px}
.meta{color:#555;margin:0}.ok{color:#1a7f37}small{color:#666;font-weight:normal}
.parity{font-weight:600}
</style>
</head>
<body>
<h1>tactful library review</h1>
<p class="summary">${rows.size} template${rows.size === 1 ? '' : 's'} × ${langs.length} language${langs.length === 1 ? '' : 's'} · <span class="badge b-error">${count('error')} errors</span><span class="badge b-warning">${count('warning')} warnings</span><span class="badge b-info">${count('info')} info</span> · ${parityCount} parity finding${parityCount === 1 ? '' : 's'}</p>
${errors ? `<h2>Files that could not be read</h2><ul>${errors}</ul>` : ''}
<h2>Templates × languages</h2>
<table>
<thead><tr><th>Template</th>${langs.map((l) => `<th>${esc(l)}</th>`).join('')}</tr></thead>
<tbody>
${matrix}
</tbody>
</table>
${sequences ? `<h2>Sequences</h2><ul>${sequences}</ul>` : ''}
<h2>Findings</h2>
${details}
</body>
</html>
`;
}

function rank(lang: string): number {
  return lang.startsWith('en') ? 0 : lang.startsWith('es') ? 1 : lang.startsWith('vi') ? 2 : 3;
}

function cellHtml(c: Cell): string {
  const rep = c.result.report!;
  const els = ELEMENTS.map((e) => `<span class="${rep.elements[e] ? 'y' : 'n'}" title="${e}">${rep.elements[e] ? '✓' : '✗'} ${ELEMENT_SHORT[e]}</span>`).join('');
  const parity = rep.messages.filter((m) => m.ruleId.startsWith('parity/'));
  const sequence = rep.messages.filter((m) => m.ruleId.startsWith('sequence/') && m.severity !== 'info');
  const errs = rep.messages.filter((m) => m.severity === 'error').length;
  const warns = rep.messages.filter((m) => m.severity === 'warning').length;
  const key = (rep as { key?: string }).key;
  return `<a class="cell" href="#${c.id}"><small>${esc(c.label)}${key ? ` · ${esc(key.slice(0, 40))}` : ''}</small>
<div class="els">${els}</div>
<span class="tone ${rep.tone.label}">${rep.tone.label}</span> ${parity.length ? `<span class="parity">${parity.length} parity</span> ` : ''}${sequence.length ? `<span class="parity">${sequence.length} sequence</span> ` : ''}<span class="badge b-error">${errs}</span><span class="badge b-warning">${warns}</span></a>`;
}

function messageHtml(m: LintMessage & { related?: string }): string {
  return `<li><span class="badge b-${m.severity}">${m.severity}</span> <code>${esc(m.ruleId)}</code> line ${m.line}:${m.column} — ${esc(m.message)}${m.related ? ` <small>(vs ${esc(m.related)})</small>` : ''}</li>`;
}
