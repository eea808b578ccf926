import type { CodeLibrary } from "../coding/types";
import { loadLibrary } from "../coding/snapshot/load";
import { readEnv } from "../env";

const KEY = Symbol.for("codecert.codeLibrary");
type Holder = { [KEY]?: Promise<CodeLibrary> };

/**
 * The code library the site validates with: every installed snapshot plus the teaching set,
 * loaded once per process and shared by pages, route handlers and the exam scorer.
 */
export function getCodeLibrary(): Promise<CodeLibrary> {
  const holder = globalThis as Holder;
  holder[KEY] ??= loadLibrary({ dataDir: readEnv().dataDir }).catch((error: unknown) => {
    holder[KEY] = undefined;
    throw error;
  });
  return holder[KEY];
}

/** Drops the cached library so the next call reloads it (after an import). */
export function resetCodeLibrary(): void {
  (globalThis as Holder)[KEY] = undefined;
}
