import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ElementId, InvoiceRecord, Report, Stage } from '../../rules/core/types.ts';
import { STAGES } from '../../rules/core/types.ts';
import { CATALOG, UI_LANGS, defaultUiLang, fmt, type UiLang } from './i18n.ts';
import { HighlightField, type FieldFinding, type HighlightFieldHandle } from './components/HighlightField.tsx';
import { Checklist, Findings, FindingsStatus, ToneMeter } from './components/Review.tsx';
import { applySuggestion, deleteRange, elementInsertion, fieldOf } from './lib/fix.ts';
import { daysPastDue, localToday, suggestStage } from './lib/stage.ts';
import { CURRENCIES, REGIONS, regionCurrency } from './lib/regions.ts';
import { KEYS, load, remove, save } from './lib/storage.ts';
import * as api from './lib/api.ts';
import type { Attachment } from './lib/eml.ts';
import { bytesToBase64 } from './lib/base64.ts';
import { textToHtml } from './lib/html.ts';
import { emptyReport, remapMessages, type RuleInfo, type WorkerMessage } from './lib/lint-client.ts';


interface InvoiceForm {
  customerName: string;
  contactName: string;
  customerEmail: string;
  number: string;
  amount: string;
  currency: string;
  issueDate: string;
  dueDate: string;
  url: string;
  lateFeeTerms: string;
}

interface SenderForm {
  company: string;
  name: string;
  email: string;
  phone: string;
  website: string;
  address: string;
  fax: string;
}

interface Draft {
  language: string;
  stage: Stage;
  stageManual: boolean;
  invoice: InvoiceForm;
  subject: string;
  body: string;
  /** The body as last drafted by the server, to know whether the user has edited it. */
  drafted: string;
}

const EMPTY_INVOICE: InvoiceForm = {
  customerName: '',
  contactName: '',
  customerEmail: '',
  number: '',
  amount: '',
  currency: 'USD',
  issueDate: '',
  dueDate: '',
  url: '',
  lateFeeTerms: '',
};
const EMPTY_SENDER: SenderForm = { company: '', name: '', email: '', phone: '', website: '', address: '', fax: '' };
const NEW_DRAFT: Draft = { language: 'en-US', stage: 'due', stageManual: false, invoice: EMPTY_INVOICE, subject: '', body: '', drafted: '' };
const MAX_PDF = 10 * 1024 * 1024;
/** Attachments up to this size (base64 characters) survive a reload. */
const MAX_STORED_ATTACHMENT = 1_500_000;

function invoiceRecord(inv: InvoiceForm): InvoiceRecord {
  const amount = inv.amount.trim() ? Number(inv.amount.replace(',', '.')) : NaN;
  const { customerEmail: _e, amount: _a, ...rest } = inv;
  return api.compact({ ...rest, amount }) as InvoiceRecord;
}

export function App() {
  const [ui, setUi] = useState(() => load(KEYS.ui, { lang: defaultUiLang(globalThis.navigator?.language) as UiLang }));
  const t = CATALOG[ui.lang] ?? CATALOG.en;
  const [draft, setDraft] = useState<Draft>(() => {
    const d = load<Draft>(KEYS.draft, NEW_DRAFT);
    return { ...d, invoice: { ...EMPTY_INVOICE, ...d.invoice } };
  });
  const [sender, setSender] = useState<SenderForm>(() => load(KEYS.sender, EMPTY_SENDER));
  const [attachment, setAttachment] = useState<Attachment | null>(() => {
    const a = load<Partial<Attachment>>(KEYS.attachment, {});
    return a.name && a.base64 ? (a as Attachment) : null;
  });
  const [linted, setLinted] = useState<{ report: Report; body: string; subject: string } | null>(null);
  const [rules, setRules] = useState<Map<string, RuleInfo>>(() => new Map());
  const worker = useRef<Worker | null>(null);
  const requestId = useRef(0);
  const [llm, setLlm] = useState<boolean | null>(null);
  const [busy, setBusy] = useState<'draft' | 'rewrite' | null>(null);
  const [notice, setNotice] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [rewriteInfo, setRewriteInfo] = useState<ReactNode>(null);
  const [proposal, setProposal] = useState<api.RewriteResponse | null>(null);
  // Open while the sender details are incomplete; the user's own toggling wins afterwards.
  const [senderOpen, setSenderOpen] = useState(() => Object.values(sender).filter((v) => v.trim()).length < 3);
  const [caret, setCaret] = useState<{ field: 'subject' | 'body'; offset: number } | null>(null);
  const subjectRef = useRef<HighlightFieldHandle>(null);
  const bodyRef = useRef<HighlightFieldHandle>(null);
  const today = localToday();

  // The engine runs in a worker (loaded after the first paint), so typing never waits for it.
  useEffect(() => {
    const w = new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' });
    let latest = 0;
    w.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.type === 'meta') setRules(new Map(m.rules.map((r) => [r.id, r])));
      else if (m.id >= latest) {
        latest = m.id;
        const now = performance.now();
        performance.measure('tactful:lint', { start: now - m.ms, end: now });
        setLinted({ report: m.report, body: m.body, subject: m.subject });
      }
    };
    worker.current = w;
    return () => w.terminate();
  }, []);
  useEffect(() => {
    let live = true;
    api.health().then((h) => live && setLlm(h.llm));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = ui.lang;
    save(KEYS.ui, ui);
  }, [ui]);
  useEffect(() => {
    save(KEYS.sender, sender);
  }, [sender]);
  useEffect(() => {
    const id = setTimeout(() => save(KEYS.draft, draft), 250);
    return () => clearTimeout(id);
  }, [draft]);
  useEffect(() => {
    if (attachment && attachment.base64.length <= MAX_STORED_ATTACHMENT) save(KEYS.attachment, attachment);
    else remove(KEYS.attachment);
  }, [attachment]);

  const record = useMemo(() => invoiceRecord(draft.invoice), [draft.invoice]);
  const hasRecord = Object.keys(record).length > 0;

  useEffect(() => {
    worker.current?.postMessage({
      id: ++requestId.current,
      body: draft.body,
      options: {
        subject: draft.subject,
        language: draft.language,
        stage: draft.stage,
        format: 'text',
        today,
        ...(hasRecord ? { invoice: record } : {}),
      },
    });
  }, [draft.body, draft.subject, draft.language, draft.stage, record, hasRecord, today]);

  // While a fresh report is on its way, the last one is shown with its findings moved along with the edit.
  const report = useMemo<Report | null>(() => {
    if (!draft.body.trim()) return emptyReport(draft.language, draft.stage);
    if (!linted) return null;
    const messages = remapMessages(linted.report.messages, linted, { subject: draft.subject, body: draft.body });
    return messages === linted.report.messages ? linted.report : { ...linted.report, messages };
  }, [linted, draft.subject, draft.body, draft.language, draft.stage]);

  // Keystroke → highlighted: from the input event to the commit of the report for that text (bench/keystroke.mjs reads it).
  useLayoutEffect(() => {
    if (linted && linted.body === draft.body && linted.subject === draft.subject && performance.getEntriesByName('tactful:input', 'mark').length) {
      performance.measure('tactful:keystroke', 'tactful:input');
      performance.clearMarks('tactful:input');
    }
  }, [linted]); // eslint-disable-line react-hooks/exhaustive-deps

  const messages = report?.messages ?? [];
  const byField = useMemo(() => {
    const out: Record<'subject' | 'body', FieldFinding[]> = { subject: [], body: [] };
    messages.forEach((m, index) => out[fieldOf(m)].push({ index, message: m }));
    return out;
  }, [messages]);

  const activeIndex = useMemo(() => {
    if (!caret) return null;
    const i = messages.findIndex(
      (m) => fieldOf(m) === caret.field && m.range[1] > m.range[0] && m.range[0] <= caret.offset && caret.offset <= m.range[1],
    );
    return i < 0 ? null : i;
  }, [caret, messages]);

  const update = useCallback((patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch })), []);

  const updateInvoice = (patch: Partial<InvoiceForm>) =>
    setDraft((d) => {
      const invoice = { ...d.invoice, ...patch };
      const next = { ...d, invoice };
      if ('dueDate' in patch && !d.stageManual) next.stage = suggestStage(invoice.dueDate, today) ?? d.stage;
      return next;
    });

  const setLanguage = (language: string) =>
    setDraft((d) => {
      const keepCurrency = d.invoice.currency && d.invoice.currency !== regionCurrency(d.language);
      return { ...d, language, invoice: keepCurrency ? d.invoice : { ...d.invoice, currency: regionCurrency(language) } };
    });

  const refFor = (field: 'subject' | 'body') => (field === 'subject' ? subjectRef : bodyRef);

  const setCaretAfter = (field: 'subject' | 'body', offset: number) => {
    requestAnimationFrame(() => refFor(field).current?.focusRange(offset, offset));
  };

  const applyFix = (index: number, k: number) => {
    const m = messages[index];
    const s = m?.suggestions[k];
    if (!m || !s) return;
    if (m.element && fieldOf(m) === 'subject') {
      const result = elementInsertion(draft.body, s.text);
      update({ body: result.text });
      setCaretAfter('body', result.caret);
      return;
    }
    const field = fieldOf(m);
    const result = applySuggestion(draft[field], s);
    update({ [field]: field === 'subject' ? result.text.replace(/[\r\n]+/g, ' ') : result.text });
    setCaretAfter(field, result.caret);
  };

  const deleteFinding = (index: number) => {
    const m = messages[index];
    if (!m) return;
    const field = fieldOf(m);
    const result = deleteRange(draft[field], m.range);
    update({ [field]: result.text });
    setCaretAfter(field, result.caret);
  };

  const addElement = (element: ElementId) => {
    const index = messages.findIndex((m) => m.element === element && m.suggestions.length > 0);
    if (index >= 0) applyFix(index, 0);
  };

  const show = (index: number) => {
    const m = messages[index];
    if (m) refFor(fieldOf(m)).current?.focusRange(m.range[0], m.range[1]);
  };

  const suggested = suggestStage(draft.invoice.dueDate, today);
  const days = daysPastDue(draft.invoice.dueDate, today);
  const daysText =
    days === null
      ? ''
      : days === 0
        ? t.dueToday
        : days === 1
          ? t.dayPast
          : days > 1
            ? fmt(t.daysPast, { n: days })
            : days === -1
              ? t.dayLeft
              : fmt(t.daysLeft, { n: -days });

  const onDraft = async (e: React.FormEvent) => {
    e.preventDefault();
    if (draft.body.trim() && draft.body !== draft.drafted && !window.confirm(t.replaceConfirm)) return;
    setBusy('draft');
    setNotice(null);
    try {
      const res = await api.draft({
        stage: draft.stage,
        language: draft.language,
        today,
        invoice: api.compact({ ...record }),
        sender: api.compact({ ...sender }) as Record<string, string>,
      });
      update({ subject: res.subject, body: res.body, drafted: res.body });
      setProposal(null);
      requestAnimationFrame(() => bodyRef.current?.element()?.focus());
    } catch (error) {
      setNotice({ kind: 'error', text: fmt(t.draftFailed, { reason: (error as Error).message }) });
    } finally {
      setBusy(null);
    }
  };

  const onPdf = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_PDF) {
      setNotice({ kind: 'error', text: t.pdfTooBig });
      return;
    }
    const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    setAttachment({ name: file.name, type: file.type || 'application/pdf', base64 });
    setNotice(base64.length > MAX_STORED_ATTACHMENT ? { kind: 'info', text: t.pdfNotRemembered } : null);
  };

  const copy = async (kind: 'text' | 'html') => {
    try {
      if (kind === 'html' && typeof ClipboardItem !== 'undefined') {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([textToHtml(draft.body)], { type: 'text/html' }),
            'text/plain': new Blob([draft.body], { type: 'text/plain' }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(draft.body);
      }
      setNotice({ kind: 'info', text: t.copied });
    } catch {
      setNotice({ kind: 'error', text: t.copyFailed });
    }
  };

  const download = async () => {
    // The MIME library loads on first use, keeping the initial bundle lean.
    const { buildEml, emlFileName } = await import('./lib/eml.ts');
    const raw = buildEml({
      subject: draft.subject,
      body: draft.body,
      language: draft.language,
      from: { name: sender.company ? `${sender.name ? `${sender.name}, ` : ''}${sender.company}` : sender.name, email: sender.email },
      to: { name: draft.invoice.contactName || draft.invoice.customerName, email: draft.invoice.customerEmail },
      attachment,
    });
    const file = emlFileName(draft.invoice.number);
    const url = URL.createObjectURL(new Blob([raw], { type: 'message/rfc822' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setNotice({ kind: 'info', text: fmt(t.downloaded, { file }) });
  };

  const onRewrite = async () => {
    setProposal(null);
    const h = llm === null ? await api.health() : { llm };
    if (!h.llm) {
      setLlm(false);
      setRewriteInfo(t.rewriteOff);
      return;
    }
    setRewriteInfo(null);
    setBusy('rewrite');
    try {
      const res = await api.rewriteStream(
        {
          text: draft.body,
          subject: draft.subject,
          language: draft.language,
          stage: draft.stage,
          ...(hasRecord ? { invoice: api.compact({ ...record }) } : {}),
        },
        (p) => setRewriteInfo(fmt(t.rewriteProgress[p.phase as keyof typeof t.rewriteProgress] ?? t.rewriting, { chars: String(p.chars ?? 0), attempt: String(p.attempt ?? 1) })),
      );
      setRewriteInfo(null);
      setProposal(res);
    } catch (error) {
      const e = error as api.ApiError;
      if (e.status === 503) {
        setLlm(false);
        setRewriteInfo(t.rewriteOff);
      } else setRewriteInfo(fmt(t.rewriteFailed, { reason: e.message }));
    } finally {
      setBusy(null);
    }
  };

  const startOver = () => {
    if (!window.confirm(t.clearConfirm)) return;
    setDraft({ ...NEW_DRAFT, language: draft.language, invoice: { ...EMPTY_INVOICE, currency: regionCurrency(draft.language) } });
    setAttachment(null);
    setProposal(null);
    setRewriteInfo(null);
    setNotice(null);
  };

  const inv = draft.invoice;
  const field = (id: keyof InvoiceForm, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div className="field">
      <label htmlFor={`inv-${id}`}>{label}</label>
      <input id={`inv-${id}`} name={id} value={inv[id]} onChange={(e) => updateInvoice({ [id]: e.target.value })} {...props} />
    </div>
  );
  const senderField = (id: keyof SenderForm, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div className="field">
      <label htmlFor={`snd-${id}`}>{label}</label>
      <input id={`snd-${id}`} name={id} value={sender[id]} onChange={(e) => setSender((s) => ({ ...s, [id]: e.target.value }))} {...props} />
    </div>
  );

  return (
    <>
      <a className="skip" href="#body">
        {t.skipToEditor}
      </a>
      <header className="top">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            t
          </span>
          <div>
            <h1>{t.appTitle}</h1>
            <p className="tagline">{t.tagline}</p>
          </div>
        </div>
        <a className="review-link" href="#review" data-testid="open-review">
          {t.reviewTranslations}
        </a>
        <div className="ui-lang">
          <label htmlFor="ui-lang">{t.interfaceLanguage}</label>
          <select id="ui-lang" value={ui.lang} onChange={(e) => setUi({ lang: e.target.value as UiLang })}>
            {UI_LANGS.map((l) => (
              <option key={l} value={l}>
                {l === 'en' ? 'English' : l === 'es' ? 'Español' : 'Tiếng Việt'}
              </option>
            ))}
          </select>
        </div>
      </header>

      <main className="layout">
        <form className="panel form" onSubmit={onDraft} aria-label={t.reminder}>
          <fieldset className="card">
            <legend>{t.reminder}</legend>
            <div className="field">
              <label htmlFor="language">{t.emailLanguage}</label>
              <select id="language" value={draft.language} onChange={(e) => setLanguage(e.target.value)}>
                {REGIONS.map((r) => (
                  <option key={r.tag} value={r.tag}>
                    {r.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="stage">{t.stage}</label>
              <select id="stage" value={draft.stage} onChange={(e) => update({ stage: e.target.value as Stage, stageManual: true })} aria-describedby="stage-hint">
                {STAGES.map((s) => (
                  <option key={s} value={s}>
                    {t.stages[s]}
                  </option>
                ))}
              </select>
            </div>
            {suggested && (
              <p className="hint" id="stage-hint" data-testid="stage-hint">
                {fmt(t.stageSuggested, { stage: t.stages[suggested], days: daysText })}{' '}
                {suggested !== draft.stage && (
                  <button type="button" className="btn-link" onClick={() => update({ stage: suggested, stageManual: false })}>
                    {t.useSuggested}
                  </button>
                )}
              </p>
            )}
          </fieldset>

          <fieldset className="card">
            <legend>{t.invoice}</legend>
            {field('customerName', t.customerName, { autoComplete: 'organization' })}
            <div className="row">
              {field('contactName', t.contactName)}
              {field('customerEmail', t.customerEmail, { type: 'email', autoComplete: 'off' })}
            </div>
            {field('number', t.invoiceNumber, { required: true })}
            <div className="row">
              {field('amount', t.amount, { required: true, inputMode: 'decimal', pattern: '[0-9]+([.,][0-9]{1,2})?' })}
              <div className="field field-narrow">
                <label htmlFor="inv-currency">{t.currency}</label>
                <select id="inv-currency" value={inv.currency} onChange={(e) => updateInvoice({ currency: e.target.value })}>
                  {(CURRENCIES as readonly string[]).includes(inv.currency) ? null : <option value={inv.currency}>{inv.currency}</option>}
                  {CURRENCIES.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="row">
              {field('issueDate', t.issueDate, { type: 'date' })}
              {field('dueDate', t.dueDate, { type: 'date', required: true })}
            </div>
            {field('url', t.invoiceUrl, { type: 'url', placeholder: 'https://' })}
            <div className="field">
              <label htmlFor="inv-pdf">{t.pdf}</label>
              <input id="inv-pdf" type="file" accept="application/pdf,.pdf" onChange={(e) => onPdf(e.target.files?.[0])} />
              {attachment && (
                <p className="attachment" data-testid="attachment">
                  <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
                    <path d="M21.44 11.05l-9.19 9.19a6 6 0 0 1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49-8.48" />
                  </svg>
                  <span>{attachment.name}</span>
                  <button type="button" className="btn-link" onClick={() => setAttachment(null)}>
                    {t.removePdf}
                  </button>
                </p>
              )}
            </div>
            {field('lateFeeTerms', t.lateFeeTerms, { placeholder: t.lateFeePlaceholder })}
          </fieldset>

          <details className="card" open={senderOpen} onToggle={(e) => setSenderOpen(e.currentTarget.open)}>
            <summary>
              {t.sender} <span className="muted">· {t.senderRemembered}</span>
            </summary>
            {senderField('company', t.company, { autoComplete: 'organization' })}
            {senderField('name', t.yourName, { autoComplete: 'name' })}
            <div className="row">
              {senderField('email', t.email, { type: 'email', autoComplete: 'email' })}
              {senderField('phone', t.phone, { type: 'tel', autoComplete: 'tel' })}
            </div>
            <div className="row">
              {senderField('website', t.website, { type: 'url', autoComplete: 'url' })}
              {senderField('fax', t.fax, { type: 'tel' })}
            </div>
            {senderField('address', t.address, { autoComplete: 'street-address' })}
          </details>

          <button type="submit" className="btn-primary" disabled={busy === 'draft'} data-testid="draft">
            {busy === 'draft' ? t.drafting : t.draft}
          </button>
        </form>

        <section className="panel editor" aria-labelledby="editor-h">
          <h2 id="editor-h" className="sr-only">
            {t.editor}
          </h2>
          <div className="card editor-card">
            <div className="field">
              <label htmlFor="subject">{t.subject}</label>
              <HighlightField
                id="subject"
                ref={subjectRef}
                singleLine
                value={draft.subject}
                onChange={(subject) => update({ subject })}
                findings={byField.subject}
                activeIndex={activeIndex}
                onCaret={(offset) => setCaret({ field: 'subject', offset })}
              />
            </div>
            <div className="field">
              <label htmlFor="body">{t.body}</label>
              <HighlightField
                id="body"
                ref={bodyRef}
                value={draft.body}
                onChange={(body) => update({ body })}
                findings={byField.body}
                activeIndex={activeIndex}
                onCaret={(offset) => setCaret({ field: 'body', offset })}
                placeholder={t.emptyHint}
                describedBy="findings-status"
              />
            </div>
            <div id="findings-status">
              <FindingsStatus t={t} report={report} empty={!draft.body.trim()} fresh={!!linted && linted.body === draft.body && linted.subject === draft.subject} />
            </div>
            <div className="actions" role="group" aria-label={t.actions}>
              <button type="button" onClick={() => copy('text')} disabled={!draft.body.trim()}>
                {t.copyText}
              </button>
              <button type="button" onClick={() => copy('html')} disabled={!draft.body.trim()}>
                {t.copyHtml}
              </button>
              <button type="button" onClick={download} disabled={!draft.body.trim()} data-testid="download">
                {t.downloadEml}
              </button>
              <button type="button" onClick={onRewrite} disabled={!draft.body.trim() || busy === 'rewrite'} data-testid="rewrite">
                {busy === 'rewrite' ? t.rewriting : t.rewrite}
                {llm === false && <span className="badge badge-off">off</span>}
              </button>
              <button type="button" className="btn-ghost" onClick={startOver}>
                {t.clearDraft}
              </button>
            </div>
            <div aria-live="polite" className="notices">
              {notice && <p className={`notice notice-${notice.kind}`}>{notice.text}</p>}
              {rewriteInfo && (
                <p className="notice notice-info" data-testid="rewrite-info">
                  {rewriteInfo}
                </p>
              )}
            </div>
            {proposal && (
              <div className="proposal" data-testid="proposal">
                <p className="notice notice-info">{t.rewriteReady}</p>
                <p>
                  <strong>{t.subject}:</strong> <Diff changes={proposal.changes} field="subject" fallback={proposal.subject} />
                </p>
                <div className="proposal-columns">
                  <figure className="proposal-body">
                    <figcaption>{t.original}</figcaption>
                    <Diff changes={proposal.changes} field="body" fallback={draft.body} side="before" />
                  </figure>
                  <figure className="proposal-body">
                    <figcaption>{t.rewritten}</figcaption>
                    <Diff changes={proposal.changes} field="body" fallback={proposal.body} side="after" />
                  </figure>
                </div>
                <div className="actions">
                  <button
                    type="button"
                    className="btn-primary"
                    onClick={() => {
                      update({ subject: proposal.subject, body: proposal.body });
                      setProposal(null);
                    }}
                  >
                    {t.accept}
                  </button>
                  <button type="button" className="btn-ghost" onClick={() => setProposal(null)}>
                    {t.discard}
                  </button>
                </div>
              </div>
            )}
          </div>
        </section>

        <aside className="panel review" aria-label={t.findings}>
          <Checklist t={t} report={report} onAddElement={addElement} />
          <ToneMeter t={t} report={report} />
          <Findings
            t={t}
            report={report}
            lang={draft.language}
            activeIndex={activeIndex}
            ruleMeta={(id) => rules.get(id)}
            onShow={show}
            onApply={applyFix}
            onDelete={deleteFinding}
            onAddElement={addElement}
          />
        </aside>
      </main>
    </>
  );
}

/** The rewrite's word diff for one field (insertions and deletions marked), or the plain text. */
function Diff({
  changes,
  field,
  fallback,
  side,
}: {
  changes: api.Change[] | undefined;
  field: 'subject' | 'body';
  fallback: string;
  /** Side by side: the original keeps what was removed, the rewrite what was added. Default: both inline. */
  side?: 'before' | 'after';
}) {
  const parts = (Array.isArray(changes) ? changes.filter((c) => (c.field ?? 'body') === field && typeof c.value === 'string') : []).filter(
    (c) => !(side === 'before' && c.added) && !(side === 'after' && c.removed),
  );
  if (!parts.length) return <>{fallback}</>;
  return (
    <>
      {parts.map((c, i) => (c.added ? <ins key={i}>{c.value}</ins> : c.removed ? <del key={i}>{c.value}</del> : <span key={i}>{c.value}</span>))}
    </>
  );
}
