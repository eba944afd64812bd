/**
 * Configuration: `tactful.config.json`, `.tactfulrc.json` or a `tactful` key in `package.json`,
 * the nearest one found upward from each linted file (the first found wins; no cascading).
 * Validated by zod; a bad file is one line naming the file and the key path.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { z } from 'zod';
import { allRules, parseLanguageTag, parseStage, type LintOptions, type SeveritySetting } from '../rules/index.ts';
import { PLACEHOLDER_KINDS } from '../rules/locales/index.ts';

export const CONFIG_FILES = ['tactful.config.json', '.tactfulrc.json', 'package.json'] as const;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const severity = z.enum(['error', 'warning', 'info', 'off']);
const ruleIds = () => new Set(allRules.map((r) => r.meta.id));
const rulesSchema = z.record(z.string(), severity).superRefine((rules, ctx) => {
  const known = ruleIds();
  for (const id of Object.keys(rules)) {
    if (!known.has(id)) ctx.addIssue({ code: 'custom', path: [id], message: `unknown rule id "${id}"` });
  }
});
const language = z.string().refine((s) => parseLanguageTag(s) !== null, { message: 'use en, es or vi (optionally with a region, e.g. es-MX)' });
const stage = z.string().refine((s) => parseStage(s) !== null, { message: 'use before-due, due, overdue, collection or final-demand' });
const globs = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const phrase = z.string().trim().min(1);
const languagePhrases = z
  .object({
    flag: z.array(z.object({ phrase, suggestion: z.string().optional(), message: z.string().min(1).optional() }).strict()).optional(),
    allow: z.array(phrase).optional(),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    rules: rulesSchema.optional(),
    contactChannels: z.number().int().min(1).max(5).optional(),
    placeholders: z.partialRecord(z.enum(PLACEHOLDER_KINDS), z.array(phrase)).optional(),
    phrases: z.object({ en: languagePhrases, es: languagePhrases, vi: languagePhrases }).partial().strict().optional(),
    overrides: z
      .array(z.object({ files: globs, stage: stage.optional(), language: language.optional(), rules: rulesSchema.optional() }).strict())
      .optional(),
    ignore: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;

export interface LoadedConfig {
  /** The file it came from (absolute). */
  file: string;
  /** Globs are relative to this directory. */
  dir: string;
  config: Config;
  ignored: (path: string) => boolean;
  overrides: Array<{ match: (path: string) => boolean; stage?: string; language?: string; rules?: Record<string, SeveritySetting> }>;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.') || '(root)';
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  else if (issue.code === 'invalid_value' && 'values' in issue) message = `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${path}: ${message}`;
}

/** Validates parsed JSON as a configuration from `file`; throws a one-line ConfigError. */
export function parseConfig(data: unknown, file: string, label = file): LoadedConfig {
  const result = configSchema.safeParse(data);
  if (!result.success) throw new ConfigError(`${label}: ${describeIssue(result.error.issues[0]!)}`);
  const config = result.data;
  const dir = dirname(file);
  const rel = (path: string) => relative(dir, path).split('\\').join('/');
  const ignoreMatch = config.ignore?.length ? picomatch(config.ignore, { dot: true }) : null;
  return {
    file,
    dir,
    config,
    ignored: (path) => !!ignoreMatch && !rel(path).startsWith('..') && ignoreMatch(rel(path)),
    overrides: (config.overrides ?? []).map((o) => {
      const m = picomatch(o.files, { dot: true });
      return { match: (path: string) => !rel(path).startsWith('..') && m(rel(path)), stage: o.stage, language: o.language, rules: o.rules };
    }),
  };
}

/** Reads and validates one configuration file (`--config FILE` or one found upward). */
export function loadConfigFile(file: string, label = file): LoadedConfig | null {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${label}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${label}: invalid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (file.endsWith('package.json')) {
    const pkg = data as Record<string, unknown> | null;
    if (!pkg || typeof pkg !== 'object' || !('tactful' in pkg)) return null;
    return parseConfig(pkg.tactful, file, `${label} (key "tactful")`);
  }
  return parseConfig(data, file, label);
}

/** Finds configuration upward from directories, caching per directory. */
export class ConfigResolver {
  private readonly cache = new Map<string, LoadedConfig | null>();

  constructor(
    private readonly cwd: string,
    /** `--config FILE`: used for every file. `false`: `--no-config`. */
    private readonly fixed?: LoadedConfig | false,
  ) {}

  forFile(path: string): LoadedConfig | null {
    if (this.fixed === false) return null;
    if (this.fixed) return this.fixed;
    return this.forDir(dirname(resolve(this.cwd, path)));
  }

  private forDir(dir: string): LoadedConfig | null {
    const cached = this.cache.get(dir);
    if (cached !== undefined) return cached;
    let found: LoadedConfig | null = null;
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      if (!isFile(file)) continue;
      found = loadConfigFile(file, relative(this.cwd, file) || file);
      if (found) break;
    }
    const parent = dirname(dir);
    if (!found && parent !== dir) found = this.forDir(parent);
    this.cache.set(dir, found);
    return found;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The lint options a configuration gives one file (before CLI flags, which win). */
export function optionsFromConfig(loaded: LoadedConfig | null, path: string): Partial<LintOptions> & { ignored: boolean } {
  if (!loaded) return { ignored: false };
  const { config } = loaded;
  const rules: Record<string, SeveritySetting> = { ...config.rules };
  let stage: string | undefined;
  let language: string | undefined;
  for (const o of loaded.overrides) {
    if (!o.match(path)) continue;
    Object.assign(rules, o.rules);
    stage = o.stage ?? stage;
    language = o.language ?? language;
  }
  const out: Partial<LintOptions> & { ignored: boolean } = {
    ignored: loaded.ignored(path),
    rules,
    settings: {
      ...(config.contactChannels !== undefined ? { contactChannels: config.contactChannels } : {}),
      extraPlaceholders: config.placeholders ?? {},
      extraPhrases: config.phrases ?? {},
    },
  };
  if (stage) out.configStage = stage;
  if (language) out.configLanguage = language;
  return out;
}
