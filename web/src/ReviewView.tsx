/**
 * The localization reviewer's view: the variants of one template side by side — English source,
 * Spanish and Vietnamese translations — each with its six-element checklist, its tone, and the
 * parity findings of the library rules (placeholders, elements, untranslated text, tone drift,
 * facts). Variants are pasted or opened from files (each goes to its language by its file name,
 * or by its text), and kept in the browser across reloads. The interface follows the composer's
 * language. The engine runs in the browser; the library code loads only when this view is used.
 */
import { useEffect, useRef, useState } from 'react';
import { ELEMENTS, STAGES, type Language, type LintMessage } from '../../rules/core/types.ts';
import type { LibraryEntry, LibraryResult } from '../../rules/library/index.ts';
import { CATALOG, defaultUiLang, fmt, type UiLang } from './i18n.ts';
import { KEYS, load, save } from './lib/storage.ts';

const LANGS: Array<{ language: Language; name: string }> = [
  { language: 'en', name: 'English' },
  { language: 'es', name: 'Español' },
  { language: 'vi', name: 'Tiếng Việt' },
];

interface Saved {
  name: string;
  stage: string;
  texts: Record<Language, string>;
}
const REVIEW_KEY = 'tactful.review.v1';
const EMPTY: Saved = { name: 'reminder', stage: 'overdue', texts: { en: '', es: '', vi: '' } };

/** Files a reviewer may open: the template formats the CLI lints. */
const ACCEPT = '.md,.markdown,.txt,.html,.htm,.hbs,.handlebars,.mustache,.liquid,.j2,.jinja,.jinja2,.twig';

interface Reviewed {
  entry: LibraryEntry;
  parity: LintMessage[];
}

const loadEngine = () => Promise.all([import('../../rules/library/index.ts'), import('../../rules/index.ts')]);

export function ReviewView({ onClose }: { onClose: () => void }) {
  const [uiLang] = useState<UiLang>(() => load(KEYS.ui, { lang: defaultUiLang(globalThis.navigator?.language) }).lang);
  const t = CATALOG[uiLang] ?? CATALOG.en;
  const [saved, setSaved] = useState<Saved>(() => {
    const s = load<Saved>(REVIEW_KEY, EMPTY);
    return { ...EMPTY, ...s, texts: { ...EMPTY.texts, ...s.texts } };
  });
  const [result, setResult] = useState<Reviewed[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const id = setTimeout(() => save(REVIEW_KEY, saved), 250);
    return () => clearTimeout(id);
  }, [saved]);

  const setText = (language: Language, text: string) => setSaved((s) => ({ ...s, texts: { ...s.texts, [language]: text } }));

  const openFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    setError(null);
    const [library, engine] = await loadEngine();
    const opened: string[] = [];
    const problems: string[] = [];
    const next: Saved = { ...saved, texts: { ...saved.texts } };
    for (const file of Array.from(files)) {
      const text = await file.text();
      if (text.includes('\u0000')) {
        problems.push(fmt(t.review.notLoaded, { file: file.name, reason: t.review.notText }));
        continue;
      }
      const named = engine.fromFileName(file.name);
      let language = named.language ? engine.parseLanguageTag(named.language)?.lang : undefined;
      if (!language) {
        try {
          language = engine.detectLanguage(text);
        } catch {
          problems.push(fmt(t.review.notLoaded, { file: file.name, reason: t.review.unknownLanguage }));
          continue;
        }
      }
      next.texts[language] = text;
      next.name = library.templateName(file.name).replace(/[^\w-]/g, '') || next.name;
      if (named.stage) next.stage = named.stage;
      opened.push(file.name);
    }
    setSaved(next);
    setResult(null);
    setNotice(opened.length ? fmt(t.review.loaded, { files: opened.join(', ') }) : null);
    if (problems.length) setError(problems.join(' · '));
    if (fileInput.current) fileInput.current.value = '';
  };

  const review = async () => {
    setError(null);
    const [{ lintLibrary }] = await loadEngine();
    const inputs = LANGS.filter((v) => saved.texts[v.language].trim()).map((v) => ({
      file: `${saved.name}.${v.language}.md`,
      text: saved.texts[v.language],
      language: v.language,
      stage: saved.stage,
      template: saved.name,
    }));
    if (inputs.length < 2) {
      setError(t.review.needTwo);
      return;
    }
    const out: LibraryResult & { errors: Array<{ error: string }> } = lintLibrary(inputs);
    if (out.errors.length) setError(out.errors.map((e) => e.error).join('; '));
    setResult(out.entries.map((entry) => ({ entry, parity: out.messages.get(entry.id) ?? [] })));
  };

  return (
    <main className="review-view" aria-labelledby="review-h" lang={uiLang}>
      <div className="review-head">
        <h2 id="review-h">{t.review.title}</h2>
        <button type="button" className="btn-ghost" onClick={onClose}>
          {t.review.back}
        </button>
      </div>
      <p className="hint">{t.review.hint}</p>
      <div className="review-options">
        <label>
          {t.review.templateName}{' '}
          <input value={saved.name} onChange={(e) => setSaved((s) => ({ ...s, name: e.target.value.replace(/[^\w-]/g, '') || 'reminder' }))} />
        </label>
        <label>
          {t.stage}{' '}
          <select value={saved.stage} onChange={(e) => setSaved((s) => ({ ...s, stage: e.target.value }))}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t.stages[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="file-button">
          {t.review.openFiles}
          <input
            ref={fileInput}
            type="file"
            multiple
            accept={ACCEPT}
            aria-describedby="review-files-hint"
            data-testid="review-files"
            onChange={(e) => void openFiles(e.target.files)}
          />
        </label>
        <span id="review-files-hint" className="hint">
          {t.review.openFilesHint}
        </span>
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="review-grid">
        {LANGS.map((v) => {
          const r = result?.find((x) => x.entry.lang === v.language);
          const label = v.language === 'en' ? `${v.name} (${t.review.source})` : v.name;
          return (
            <section key={v.language} className="panel review-variant" aria-label={label} data-testid={`variant-${v.language}`}>
              <label htmlFor={`variant-${v.language}`}>{label}</label>
              <textarea id={`variant-${v.language}`} lang={v.language} rows={12} value={saved.texts[v.language]} onChange={(e) => setText(v.language, e.target.value)} />
              {r && (
                <div className="review-result">
                  <p>
                    {t.tone}: <strong>{t.toneLabel[r.entry.report.tone.label]}</strong> ({r.entry.report.tone.score.toFixed(2)})
                  </p>
                  <ul className="review-elements" aria-label={t.checklist}>
                    {ELEMENTS.map((el) => (
                      <li key={el} data-present={r.entry.report.elements[el]}>
                        {r.entry.report.elements[el] ? '✓' : '✗'} {t.elements[el]}
                        <span className="sr-only"> ({r.entry.report.elements[el] ? t.present : t.missing})</span>
                      </li>
                    ))}
                  </ul>
                  <ul className="review-findings" data-testid={`findings-${v.language}`}>
                    {[...r.parity, ...r.entry.report.messages.filter((m) => m.ruleId.startsWith('tone/'))].map((m, k) => (
                      <li key={k} className={`sev-${m.severity}`}>
                        <code>{m.ruleId}</code> {m.message}
                      </li>
                    ))}
                    {!r.parity.length && <li className="ok">{t.review.noParity}</li>}
                  </ul>
                </div>
              )}
            </section>
          );
        })}
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="btn-primary" onClick={review} data-testid="run-review">
        {t.review.run}
      </button>
    </main>
  );
}
