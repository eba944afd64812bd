// `node --import ./scripts/register.mjs --import tsx script.ts`: run engine code from source.
import { register } from 'node:module';
register('./yaml-hooks.mjs', import.meta.url);
