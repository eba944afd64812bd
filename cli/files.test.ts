// Reading templates when the file system says no. Permission errors cannot be produced for root
// (CI runs as root), so the file system is replaced here by one that answers EACCES.
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const denied = (path: unknown) => String(path).includes('locked');
  const eacces = () => Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  return {
    ...real,
    statSync: vi.fn((path: Parameters<typeof real.statSync>[0]) => {
      if (denied(path)) throw eacces();
      return real.statSync(path);
    }),
    readFileSync: vi.fn((path: Parameters<typeof real.readFileSync>[0]) => {
      if (denied(path)) throw eacces();
      return real.readFileSync(path);
    }),
  };
});

const { readTemplate, FileError } = await import('./files.ts');

describe('readTemplate', () => {
  it('names an unreadable file and says why', async () => {
    const error = await readTemplate('/srv/templates/locked.en.md').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as InstanceType<typeof FileError>).file).toBe('/srv/templates/locked.en.md');
    expect((error as Error).message).toBe('permission denied');
  });
});
