import fs from "node:fs";
import path from "node:path";
import type { CodeLibrary } from "../coding/types";
import { loadLibrary } from "../coding/snapshot/load";
import { codesetsDir, MANIFEST_NAME } from "../coding/snapshot/manifest";
import { getDatabase } from "../db/runtime";
import { readEnv } from "../env";
import { recordInstalledSets } from "./record-installed";

const KEY = Symbol.for("codecert.codeLibrary");
type Holder = { [KEY]?: { library: Promise<CodeLibrary>; manifestMtime: number } };

function manifestMtime(dataDir: string): number {
  try {
    return fs.statSync(path.join(codesetsDir(dataDir), MANIFEST_NAME)).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The code library the site validates with: every installed snapshot plus the teaching set,
 * loaded once per process and shared by pages, route handlers and the exam scorer. An import
 * that replaces the manifest (npm run codes:import) is picked up on the next call.
 */
export function getCodeLibrary(): Promise<CodeLibrary> {
  const holder = globalThis as Holder;
  const { dataDir } = readEnv();
  const mtime = manifestMtime(dataDir);
  if (!holder[KEY] || holder[KEY].manifestMtime !== mtime) {
    const library = (async () => {
      const loaded = await loadLibrary({ dataDir });
      // The database records what is installed (the admin's Code sets page reads it).
      await recordInstalledSets((await getDatabase()).db, dataDir).catch((error: unknown) =>
        console.error(`[codecert] could not record the installed code sets: ${(error as Error).message}`),
      );
      return loaded;
    })();
    library.catch(() => {
      if (holder[KEY]?.library === library) holder[KEY] = undefined;
    });
    holder[KEY] = { library, manifestMtime: mtime };
  }
  return holder[KEY].library;
}

/** Drops the cached library so the next call reloads it. */
export function resetCodeLibrary(): void {
  (globalThis as Holder)[KEY] = undefined;
}
