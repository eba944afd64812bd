/**
 * The localization reviewer's view: the variants of one template side by side — English source,
 * Spanish and Vietnamese translations — each with its six-element checklist, its tone, and the
 * parity findings of the library rules (placeholders, elements, untranslated text, tone drift,
 * facts). The engine runs in the browser; the library code loads only when this view is used.
 */
import { useState } from 'react';
import { ELEMENTS, type LintMessage } from '../../rules/core/types.ts';
import type { LibraryEntry, LibraryResult } from '../../rules/library/index.ts';

interface Variant {
  language: 'en' | 'es' | 'vi';
  label: string;
  text: string;
}

const START: Variant[] = [
  { language: 'en', label: 'English (source)', text: '' },
  { language: 'es', label: 'Español', text: '' },
  { language: 'vi', label: 'Tiếng Việt', text: '' },
];

interface Reviewed {
  entry: LibraryEntry;
  parity: LintMessage[];
}

export function ReviewView({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('reminder');
  const [stage, setStage] = useState('overdue');
  const [variants, setVariants] = useState<Variant[]>(START);
  const [result, setResult] = useState<Reviewed[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const review = async () => {
    setError(null);
    const { lintLibrary } = await import('../../rules/library/index.ts');
    const inputs = variants
      .filter((v) => v.text.trim())
      .map((v) => ({ file: `${name}.${v.language}.md`, text: v.text, language: v.language, stage, template: name }));
    if (inputs.length < 2) {
      setError('Paste the source and at least one translation.');
      return;
    }
    const out: LibraryResult & { errors: Array<{ error: string }> } = lintLibrary(inputs);
    if (out.errors.length) setError(out.errors.map((e) => e.error).join('; '));
    setResult(out.entries.map((entry) => ({ entry, parity: out.messages.get(entry.id) ?? [] })));
  };

  return (
    <main className="review-view" aria-labelledby="review-h">
      <div className="review-head">
        <h2 id="review-h">Translation review</h2>
        <button type="button" className="btn-ghost" onClick={onClose}>
          Back to the composer
        </button>
      </div>
      <p className="hint">
        Paste one template in its languages: tactful compares each translation with the English source — placeholders,
        required elements, sentences left untranslated, tone that became harsher, amounts, dates and links that differ.
      </p>
      <div className="review-options">
        <label>
          Template name <input value={name} onChange={(e) => setName(e.target.value.replace(/[^\w-]/g, '') || 'reminder')} />
        </label>
        <label>
          Stage{' '}
          <select value={stage} onChange={(e) => setStage(e.target.value)}>
            {['before-due', 'due', 'overdue', 'collection', 'final-demand'].map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="review-grid">
        {variants.map((v, i) => {
          const r = result?.find((x) => x.entry.lang === v.language);
          return (
            <section key={v.language} className="panel review-variant" aria-label={v.label} data-testid={`variant-${v.language}`}>
              <label htmlFor={`variant-${v.language}`}>{v.label}</label>
              <textarea
                id={`variant-${v.language}`}
                lang={v.language}
                rows={12}
                value={v.text}
                onChange={(e) => setVariants((all) => all.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
              />
              {r && (
                <div className="review-result">
                  <p>
                    Tone: <strong>{r.entry.report.tone.label}</strong> ({r.entry.report.tone.score.toFixed(2)})
                  </p>
                  <ul className="review-elements">
                    {ELEMENTS.map((el) => (
                      <li key={el} data-present={r.entry.report.elements[el]}>
                        {r.entry.report.elements[el] ? '✓' : '✗'} {el}
                      </li>
                    ))}
                  </ul>
                  <ul className="review-findings" data-testid={`findings-${v.language}`}>
                    {[...r.parity, ...r.entry.report.messages.filter((m) => m.ruleId.startsWith('tone/'))].map((m, k) => (
                      <li key={k} className={`sev-${m.severity}`}>
                        <code>{m.ruleId}</code> {m.message}
                      </li>
                    ))}
                    {!r.parity.length && <li className="ok">No parity findings.</li>}
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
        Review the translations
      </button>
    </main>
  );
}
