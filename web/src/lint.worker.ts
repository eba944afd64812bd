/**
 * The engine in a Web Worker: the composer posts the email on every change and gets the report
 * back, so typing never waits for the lint. Only the newest request is linted when several
 * arrive while a lint runs.
 */
import { allRules, lint, parseStage } from '../../rules/index.ts';
import type { LintRequest, WorkerMessage } from './lib/lint-client.ts';
import { emptyReport } from './lib/lint-client.ts';

const post = (m: WorkerMessage) => (self as unknown as Worker).postMessage(m);

post({
  type: 'meta',
  rules: allRules.map((r) => ({
    id: r.meta.id,
    severity: r.meta.severity,
    languages: [...r.meta.languages],
    description: r.meta.description,
    docs: r.meta.docs,
    examples: r.meta.examples,
  })),
});

let pending: LintRequest | null = null;
let scheduled = false;

function run(): void {
  scheduled = false;
  const req = pending;
  pending = null;
  if (!req) return;
  const start = performance.now();
  const stage = parseStage(String(req.options.stage ?? ''));
  let report;
  try {
    report = req.body.trim() ? lint(req.body, req.options) : emptyReport(req.options.language ?? 'en', stage);
  } catch (error) {
    console.warn('tactful: lint failed', error);
    report = emptyReport(req.options.language ?? 'en', stage);
  }
  post({ type: 'report', id: req.id, body: req.body, subject: req.options.subject ?? '', report, ms: performance.now() - start });
}

self.onmessage = (e: MessageEvent<LintRequest>) => {
  pending = e.data;
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
};
