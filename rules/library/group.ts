/**
 * Variant grouping and sequences. Files that differ only by language (`overdue.en.md` /
 * `overdue.es.md`, `en/overdue.md` / `es/overdue.md`, `overdue-es_MX.es.md`) and catalog strings
 * with the same key form a variant group; templates of one family that differ by stage
 * (`acme/before-due.en.md`, `acme/overdue.en.md`) form a sequence per language.
 */
import { parseLanguageTag } from '../core/language.ts';
import { parseStage } from '../core/stage.ts';
import { STAGES, type Language, type Stage } from '../core/types.ts';
import type { LibraryEntry, Sequence, VariantGroup } from './types.ts';

const LANG_PIECE = /^(en|es|vi)([-_]([A-Za-z]{2}|\d{3}))?$/i;
const LANG_SUFFIX = /[-_](en|es|vi)(?:[-_](?:[A-Z]{2}|\d{3}))?$/;

function isLangPiece(piece: string): boolean {
  return LANG_PIECE.test(piece) && parseLanguageTag(piece) !== null;
}

/** Whether a file's name or folder gives its language (`overdue.es.md`, `es/overdue.md`, `overdue-es_MX.md`). */
function namesLanguage(file: string): boolean {
  const parts = file.replace(/\\/g, '/').split('/');
  const base = parts.pop() ?? '';
  const pieces = base.split('.');
  if (pieces.length > 1) pieces.pop();
  return pieces.slice(1).some(isLangPiece) || LANG_SUFFIX.test(pieces[0] ?? '') || parts.slice(-2).some(isLangPiece);
}

/** The name a template's language variants share: `dir/overdue.es.md` → `dir/overdue`, `t/es/overdue.md` → `t/*\/overdue`. */
export function templateName(file: string, key?: string): string {
  const parts = file.replace(/\\/g, '/').split('/');
  const base = parts.pop() ?? '';
  const dirs = parts.map((d, i) => (i === parts.length - 1 || i === parts.length - 2) && isLangPiece(d) ? '*' : d);
  const pieces = base.split('.');
  if (pieces.length > 1) pieces.pop(); // extension
  const kept = pieces.filter((p, i) => i === 0 || !isLangPiece(p));
  let name = kept.join('.');
  if (kept.length === 1 && isLangPiece(name) && dirs.length) name = '*'; // locales/es.json
  else name = name.replace(LANG_SUFFIX, '') || name;
  const path = [...dirs, name].join('/');
  return key ? `${path}#${key}` : path;
}

const STAGE_TOKEN = /(^|[-_/.#])(before-due|before_due|final-demand|final_demand|overdue|collection|due)(?=$|[-_/.#])/i;

/** The family name of a template with its stage token replaced (`acme/overdue` → `acme/{stage}`), and that stage. */
export function sequenceName(template: string): { name: string; stage: Stage } | null {
  const m = STAGE_TOKEN.exec(template);
  if (!m) return null;
  const stage = parseStage(m[2]!.replace('_', '-'));
  if (!stage) return null;
  return { name: template.slice(0, m.index) + m[1] + '{stage}' + template.slice(m.index + m[0].length), stage };
}

/** Groups entries by template; the source is the entry in the source language (the plainest tag first). */
export function groupVariants(entries: LibraryEntry[], sourceLanguage: Language): VariantGroup[] {
  const byTemplate = new Map<string, LibraryEntry[]>();
  for (const e of entries) {
    const list = byTemplate.get(e.template) ?? [];
    list.push(e);
    byTemplate.set(e.template, list);
  }
  // Fallback: a folder whose templates are each alone in their group but all in different
  // languages (one template per folder, named freely) is one variant group. Not for files whose
  // names say their language (welcome.en.txt, thanks.es.txt: two templates) or their stage.
  const singles = new Map<string, string[]>();
  for (const [template, list] of byTemplate) {
    if (list.length !== 1 || list[0]!.key || namesLanguage(list[0]!.file) || sequenceName(template)) continue;
    const dir = list[0]!.file.replace(/\\/g, '/').split('/').slice(0, -1).join('/');
    singles.set(dir, [...(singles.get(dir) ?? []), template]);
  }
  for (const [dir, templates] of singles) {
    const langs = templates.map((t) => byTemplate.get(t)![0]!.lang);
    if (templates.length < 2 || new Set(langs).size !== langs.length || !langs.includes(sourceLanguage)) continue;
    const others = [...byTemplate.values()].some((l) => l.length > 1 && l[0]!.file.startsWith(`${dir}/`));
    if (others) continue;
    byTemplate.set(`${dir}/*`, templates.map((t) => byTemplate.get(t)![0]!));
    for (const t of templates) byTemplate.delete(t);
  }
  const groups: VariantGroup[] = [];
  for (const [template, list] of byTemplate) {
    const sources = list
      .filter((e) => e.lang === sourceLanguage && !e.fuzzy)
      .sort((a, b) => a.language.length - b.language.length || a.id.localeCompare(b.id));
    const source = sources[0];
    groups.push({ template, source, variants: list.filter((e) => e !== source), entries: list });
  }
  return groups.sort((a, b) => a.template.localeCompare(b.template));
}

/** Sequences: entries whose template names differ only by a stage token, per language, two stages or more. */
export function groupSequences(entries: LibraryEntry[], configured: Array<{ name: string; templates: string[] }> = []): Sequence[] {
  const map = new Map<string, Map<Stage, LibraryEntry>>();
  const add = (name: string, lang: Language, stage: Stage, e: LibraryEntry) => {
    const key = `${name}\u0000${lang}`;
    const stages = map.get(key) ?? new Map<Stage, LibraryEntry>();
    if (!stages.has(stage)) stages.set(stage, e);
    map.set(key, stages);
  };
  const inConfig = new Set<string>();
  for (const seq of configured) {
    for (const e of entries) {
      if (!seq.templates.some((t) => e.template === t || e.file === t || e.file.endsWith(`/${t}`))) continue;
      if (!e.stage) continue;
      add(seq.name, e.lang, e.stage, e);
      inConfig.add(e.id);
    }
  }
  for (const e of entries) {
    if (inConfig.has(e.id)) continue;
    const s = sequenceName(e.template);
    if (!s) continue;
    add(s.name, e.lang, s.stage, e);
  }
  const out: Sequence[] = [];
  for (const [key, stages] of map) {
    if (stages.size < 2) continue;
    const [name, lang] = key.split('\u0000') as [string, Language];
    const ordered = STAGES.filter((s) => stages.has(s)).map((s) => stages.get(s)!);
    out.push({ name, lang, entries: ordered });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.lang.localeCompare(b.lang));
}

/** The stage an entry plays in its sequence (name token first, then the linted stage). */
export function stageOf(e: LibraryEntry): Stage | null {
  return sequenceName(e.template)?.stage ?? e.stage;
}
