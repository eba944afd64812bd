/** What the composer remembers in localStorage: sender details (across drafts) and the current draft. */

export const KEYS = { sender: 'tactful.sender.v1', draft: 'tactful.draft.v1', ui: 'tactful.ui.v1', attachment: 'tactful.attachment.v1' } as const;

export function load<T extends object>(key: string, fallback: T): T {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (!raw) return fallback;
    const value = JSON.parse(raw) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? { ...fallback, ...(value as Partial<T>) } : fallback;
  } catch {
    return fallback;
  }
}

/** Saves; returns false when storage is full or unavailable (private mode). */
export function save(key: string, value: unknown): boolean {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function remove(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    /* storage unavailable */
  }
}
