/** The review column: findings count (aria-live), six-element checklist, tone meter and the findings with their fixes. */
import type { ElementId, LintMessage, Report } from '../../../rules/core/types.ts';
import type { RuleInfo } from '../lib/lint-client.ts';
import { ELEMENTS } from '../../../rules/core/types.ts';
import { fmt, type Messages } from '../i18n.ts';

interface Props {
  t: Messages;
  report: Report | null;
  lang: string;
  activeIndex: number | null;
  ruleMeta(id: string): RuleInfo | undefined;
  onShow(index: number): void;
  onApply(index: number, suggestion: number): void;
  onDelete(index: number): void;
  onAddElement(element: ElementId): void;
}

export function FindingsStatus({ t, report, fresh, empty }: { t: Messages; report: Report | null; fresh: boolean; empty: boolean }) {
  const msgs = report?.messages ?? [];
  const errors = msgs.filter((m) => m.severity === 'error').length;
  const warnings = msgs.filter((m) => m.severity === 'warning').length;
  const kind = empty || report === null ? 'status-empty' : errors ? 'status-error' : warnings ? 'status-warning' : 'status-ok';
  return (
    <p className={`status ${kind}`} role="status" aria-live="polite" data-testid="findings-count" data-fresh={fresh}>
      {empty ? t.nothingYet : report === null ? t.loadingChecker : msgs.length === 0 ? t.noFindings : fmt(t.findingsCount, { n: msgs.length, errors, warnings })}
    </p>
  );
}

export function Checklist({ t, report, onAddElement }: Pick<Props, 't' | 'report' | 'onAddElement'>) {
  return (
    <section className="card" aria-labelledby="checklist-h">
      <h2 id="checklist-h">{t.checklist}</h2>
      <ul className="checklist" data-testid="checklist">
        {ELEMENTS.map((id) => {
          const ok = report?.elements[id] ?? false;
          const fixable = !ok && report?.messages.some((m) => m.element === id && m.suggestions.length > 0);
          return (
            <li key={id} className={ok ? 'ok' : 'missing'} data-element={id} data-present={ok}>
              <span className="check-icon" aria-hidden="true">{ok ? '✓' : '✕'}</span>
              <span className="check-label">
                {t.elements[id]}
                <span className="sr-only">: {ok ? t.present : t.missing}</span>
              </span>
              {fixable && (
                <button type="button" className="btn-small" onClick={() => onAddElement(id)} aria-label={`${t.add}: ${t.elements[id]}`}>
                  {t.add}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The report of an empty body: nothing found, nothing present. */
function isEmpty(report: Report): boolean {
  return report.messages.length === 0 && !Object.values(report.elements).some(Boolean);
}

export function ToneMeter({ t, report }: Pick<Props, 't' | 'report'>) {
  const tone = report && !isEmpty(report) ? report.tone : undefined;
  const score = tone?.score ?? 0;
  const pct = Math.round(((score + 1) / 2) * 100);
  return (
    <section className="card" aria-labelledby="tone-h">
      <h2 id="tone-h">{t.tone}</h2>
      {tone ? (
        <div className={`tone tone-${tone.label}`} data-testid="tone" data-label={tone.label} data-score={score}>
          <div className="tone-head">
            <strong className="tone-label">{t.toneLabel[tone.label]}</strong>
            <span className="tone-score">{fmt(t.toneScore, { score: score.toFixed(2) })}</span>
          </div>
          <div
            className="tone-bar"
            role="meter"
            aria-label={t.tone}
            aria-valuemin={-1}
            aria-valuemax={1}
            aria-valuenow={score}
            aria-valuetext={`${t.toneLabel[tone.label]}, ${score.toFixed(2)}`}
          >
            <div className="tone-fill" style={{ width: `${pct}%` }} />
          </div>
        </div>
      ) : (
        <p className="muted">{report ? t.nothingYet : t.loadingChecker}</p>
      )}
    </section>
  );
}

export function Findings(props: Props) {
  const { t, report, lang, activeIndex, ruleMeta, onShow, onApply, onDelete } = props;
  const msgs = report?.messages ?? [];
  const base = lang.slice(0, 2) as 'en' | 'es' | 'vi';
  return (
    <section className="card" aria-labelledby="findings-h">
      <h2 id="findings-h">
        {t.findings} <span className="count">{msgs.length}</span>
      </h2>
      {msgs.length === 0 ? (
        <p className="muted">{!report ? t.loadingChecker : isEmpty(report) ? t.nothingYet : t.noFindings}</p>
      ) : (
        <ol className="findings" data-testid="findings">
          {msgs.map((m, i) => (
            <FindingCard
              key={`${m.ruleId}:${m.field ?? 'body'}:${m.range[0]}:${i}`}
              t={t}
              m={m}
              active={i === activeIndex}
              meta={ruleMeta(m.ruleId)}
              lang={base}
              onShow={() => onShow(i)}
              onApply={(s) => onApply(i, s)}
              onDelete={() => onDelete(i)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function FindingCard({
  t,
  m,
  active,
  meta,
  lang,
  onShow,
  onApply,
  onDelete,
}: {
  t: Messages;
  m: LintMessage;
  active: boolean;
  meta: RuleInfo | undefined;
  lang: 'en' | 'es' | 'vi';
  onShow(): void;
  onApply(s: number): void;
  onDelete(): void;
}) {
  const example = meta?.examples[lang] ?? meta?.examples.en;
  const canDelete = m.ruleId.startsWith('tone/') && m.range[1] > m.range[0];
  return (
    <li className={`finding sev-${m.severity}${active ? ' active' : ''}`} data-rule={m.ruleId} data-field={m.field ?? 'body'}>
      <div className="finding-head">
        <span className={`badge badge-${m.severity}`}>{t.severity[m.severity]}</span>
        <code className="rule-id">{m.ruleId}</code>
        {m.field === 'subject' && <span className="badge badge-field">{t.inSubject}</span>}
      </div>
      <p className="finding-message">{m.message}</p>
      {m.actual && m.range[1] > m.range[0] && !m.element && <blockquote className="finding-actual">{m.actual}</blockquote>}
      {m.note && <p className="finding-note">{m.note}</p>}
      <div className="finding-actions">
        <button type="button" className="btn-small btn-ghost" onClick={onShow}>
          {t.show}
        </button>
        {m.suggestions.map((s, k) => (
          <button type="button" key={k} className="btn-small btn-fix" onClick={() => onApply(k)} title={s.text}>
            {t.apply}: {s.description ?? (s.text.trim() ? `“${s.text.trim().slice(0, 60)}”` : t.remove)}
          </button>
        ))}
        {canDelete && m.suggestions.length === 0 && (
          <button type="button" className="btn-small btn-fix" onClick={onDelete}>
            {t.remove}
          </button>
        )}
      </div>
      {meta && (
        <details className="rule-doc">
          <summary>{t.aboutRule}</summary>
          <p>{meta.docs || meta.description}</p>
          {example && (
            <dl>
              <dt>{t.good}</dt>
              <dd>{example.good}</dd>
              <dt>{t.bad}</dt>
              <dd>{example.bad}</dd>
            </dl>
          )}
        </details>
      )}
    </li>
  );
}
