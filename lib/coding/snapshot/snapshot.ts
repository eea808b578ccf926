/**
 * Reading and writing snapshot files (the layout is in container.ts, columns.ts and codecs.ts).
 * Writes are atomic: the bytes go to a temporary file in the same directory, are flushed, and
 * the file is renamed over the target, so a failed or interrupted import never leaves a partial
 * snapshot where a good one was.
 */
import { randomUUID } from "node:crypto";
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { AnySetData } from "../data";
import type { Icd10CmIndexData } from "../importers/icd10cm-index";
import type { CodeSetMeta } from "../types";
import { buildContainer, openContainer } from "./container";
import { decodeIndex, decodeSet, encodeIndex, encodeSet } from "./codecs";

/** The snapshot bytes of a set. */
export function encodeSnapshot(set: AnySetData): Uint8Array {
  const e = encodeSet(set);
  return buildContainer(e.head, e.sections);
}

/** A set from snapshot bytes; `file` names it in errors. */
export function decodeSnapshot(bytes: Uint8Array, file = "snapshot"): AnySetData {
  return decodeSet(openContainer(bytes, file), file);
}

/** Writes bytes to `path` atomically (temp file in the same directory, fsync, rename). */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomUUID()}`);
  try {
    const fh = await open(tmp, "w");
    try {
      await fh.write(bytes, 0, bytes.length, 0);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Synchronous twin of writeFileAtomic (for tests and small files). */
export function writeFileAtomicSync(path: string, bytes: Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomUUID()}`);
  try {
    const fd = openSync(tmp, "w");
    try {
      writeSync(fd, bytes, 0, bytes.length, 0);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Writes a set's snapshot atomically. Returns the bytes written (for hashing). */
export async function writeSnapshot(path: string, set: AnySetData): Promise<Uint8Array> {
  const bytes = encodeSnapshot(set);
  await writeFileAtomic(path, bytes);
  return bytes;
}

/** Reads a set's snapshot. Throws SnapshotFormatError on a damaged or foreign file. */
export function readSnapshot(path: string): AnySetData {
  return decodeSnapshot(readFileSync(path), path);
}

/** Writes the Alphabetic Index that goes with an ICD-10-CM set. */
export async function writeIndexSnapshot(path: string, setMeta: CodeSetMeta, index: Icd10CmIndexData): Promise<Uint8Array> {
  const e = encodeIndex(setMeta, index);
  const bytes = buildContainer(e.head, e.sections);
  await writeFileAtomic(path, bytes);
  return bytes;
}

/** Reads an Alphabetic Index snapshot (for the code browser). */
export function readIndexSnapshot(path: string): { setMeta: CodeSetMeta; index: Icd10CmIndexData } {
  return decodeIndex(openContainer(readFileSync(path), path), path);
}
