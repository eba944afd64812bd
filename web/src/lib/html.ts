/** The email body as HTML: paragraphs, line breaks, and links for URLs and email addresses. */

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const LINK = /\b(https?:\/\/[^\s<>"')\]]*[^\s<>"')\].,;:!?])|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;

function linkify(line: string): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(LINK)) {
    out += escapeHtml(line.slice(last, m.index));
    const href = m[1] ? m[1] : `mailto:${m[2]}`;
    out += `<a href="${escapeHtml(href)}">${escapeHtml(m[0])}</a>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(line.slice(last));
}

/** Plain text → an HTML fragment (one `<p>` per paragraph). */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${p.split('\n').map(linkify).join('<br>\n')}</p>`)
    .join('\n');
}

/** A complete, self-contained HTML document for the email's HTML part. */
export function emailHtmlDocument(subject: string, body: string, lang: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1f2933;">
${textToHtml(body)}
</body></html>`;
}
