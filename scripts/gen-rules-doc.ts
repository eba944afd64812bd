// Writes docs/rules.md from the rules' meta: `npm run docs`.
import { writeFileSync } from 'node:fs';
import { rulesMarkdown } from '../rules/docs.ts';
writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown());
console.log('docs/rules.md written');
