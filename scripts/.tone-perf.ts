import { readFileSync } from 'node:fs';
import { lint } from '../rules/index.ts';
import { toneLexicon } from '../rules/tone/lexicon.ts';
for (const lang of ['en', 'es', 'vi'] as const) {
  let t = performance.now();
  const lex = toneLexicon(lang);
  console.log(lang, 'compile', Math.round(performance.now() - t));
  const text = readFileSync(`../shared/examples/${lang}-05.md`, 'utf8');
  t = performance.now();
  lint(text, { fileName: `${lang}-05.md` });
  console.log(lang, 'first lint', Math.round(performance.now() - t));
  t = performance.now();
  lint(text, { fileName: `${lang}-05.md` });
  console.log(lang, 'second lint', Math.round(performance.now() - t));
  for (const [cat, entries] of Object.entries(lex.entries)) {
    for (const e of entries) {
      const t0 = performance.now();
      e.set.all(text.repeat(1));
      const d = performance.now() - t0;
      if (d > 20) console.log('  slow', cat, e.kind, Math.round(d));
    }
  }
  for (const [n, set] of Object.entries({ neg: lex.negations, re: lex.reassurances, nt: lex.notThreats, sent: lex.sentiment.set })) {
    const t0 = performance.now(); set.all(text); const d = performance.now() - t0; if (d > 20) console.log('  slow', n, Math.round(d));
  }
  for (const r of lex.register) { const t0 = performance.now(); r.set.all(text); const d = performance.now() - t0; if (d > 20) console.log('  slow reg', r.group, Math.round(d)); }
}
