/**
 * Downloads one release archive into a cache directory, safely:
 * - progress callbacks (bytes received, total when the server says);
 * - retries with exponential backoff on network errors, truncated bodies, 408/429 and 5xx;
 *   no retry on other 4xx (a 404 means the config is wrong, not that the network is);
 * - a size limit, checked against Content-Length and while streaming;
 * - the sha256 computed on the fly, checked when the config has one, and recorded next to the
 *   file (`.<name>.sha256`, sha256sum format; hidden so that importers walking the cache skip it);
 * - an atomic write: bytes go to a temporary file in the same directory, which is renamed over
 *   the target only once complete and verified. A failed or refused download leaves nothing.
 */
import { createHash } from "node:crypto";
import { mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";

export type DownloadErrorCode = "http" | "checksum" | "too-large" | "truncated" | "network" | "timeout" | "protocol";

/** A download that failed or was refused; `code` says why, `status` carries the HTTP status. */
export class DownloadError extends Error {
  override readonly name = "DownloadError";
  constructor(
    readonly code: DownloadErrorCode,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface DownloadProgress {
  url: string;
  received: number;
  /** From Content-Length; null when the server does not say. */
  total: number | null;
  attempt: number;
}

export interface DownloadOptions {
  url: string;
  /** Final path of the file; its directory is created when missing. */
  dest: string;
  /** Expected sha256 (hex); null/absent = accept and record whatever arrives. */
  expectedSha256?: string | null;
  /** Refuse anything larger. Default 1 GiB. */
  maxBytes?: number;
  /** Attempts after the first. Default 3. */
  retries?: number;
  /** First retry delay; doubles each time. Default 1000 ms. */
  backoffMs?: number;
  /** Give up on an attempt when no byte arrives for this long. Default 60 s. */
  idleTimeoutMs?: number;
  /** Reuse an existing file whose recorded (or expected) sha256 matches its content. Default true. */
  reuse?: boolean;
  onProgress?: (p: DownloadProgress) => void;
  onRetry?: (info: { url: string; attempt: number; delayMs: number; error: DownloadError }) => void;
}

export interface DownloadResult {
  url: string;
  path: string;
  sha256: string;
  bytes: number;
  /** true when an already-downloaded file was reused. */
  fromCache: boolean;
  /** true when the sha256 was checked against an expected value. */
  verified: boolean;
}

const DEFAULT_MAX = 1024 * 1024 * 1024;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  const fh = await open(path, "r");
  try {
    for await (const chunk of fh.createReadStream()) if (chunk instanceof Uint8Array) hash.update(chunk);
  } finally {
    await fh.close().catch(() => {});
  }
  return hash.digest("hex");
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Where the sha256 of a downloaded file is recorded: `.<name>.sha256` beside it. */
export function sha256RecordPath(dest: string): string {
  return join(dirname(dest), `.${basename(dest)}.sha256`);
}

/** The sha256 recorded next to a cached file, if any. */
export async function readRecordedSha256(dest: string): Promise<string | null> {
  try {
    const text = await readFile(sha256RecordPath(dest), "utf8");
    const m = /^([0-9a-f]{64})\b/.exec(text.trim());
    return m?.[1] ?? null;
  } catch {
    return null;
  }
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  const fh = await open(tmp, "w");
  try {
    await fh.writeFile(content);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
}

async function reuseCached(opts: DownloadOptions): Promise<DownloadResult | null> {
  if (opts.reuse === false || !(await exists(opts.dest))) return null;
  const expected = opts.expectedSha256?.toLowerCase() ?? (await readRecordedSha256(opts.dest));
  if (expected === null) return null;
  const actual = await sha256OfFile(opts.dest);
  if (actual !== expected) return null;
  const { size } = await stat(opts.dest);
  return { url: opts.url, path: opts.dest, sha256: actual, bytes: size, fromCache: true, verified: opts.expectedSha256 != null };
}

function retryable(e: DownloadError): boolean {
  if (e.code === "network" || e.code === "truncated" || e.code === "timeout") return true;
  return e.code === "http" && e.status !== undefined && (e.status === 408 || e.status === 429 || e.status >= 500);
}

/** One attempt: stream the body into `tmp`, hashing; resolves with the sha256 and size. */
async function attempt(opts: DownloadOptions, tmp: string, n: number): Promise<{ sha256: string; bytes: number }> {
  const max = opts.maxBytes ?? DEFAULT_MAX;
  const controller = new AbortController();
  let timedOut = false;
  const idle = opts.idleTimeoutMs ?? 60_000;
  let timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, idle);
  const touch = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, idle);
  };
  let response: Response;
  try {
    response = await fetch(opts.url, { signal: controller.signal, redirect: "follow" });
  } catch (e) {
    clearTimeout(timer);
    if (timedOut) throw new DownloadError("timeout", opts.url, `no answer from ${opts.url} within ${idle} ms`);
    throw new DownloadError("network", opts.url, `cannot reach ${opts.url}: ${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)}`);
  }
  if (!response.ok || response.body === null) {
    clearTimeout(timer);
    await response.body?.cancel().catch(() => {});
    throw new DownloadError("http", opts.url, `${opts.url} answered HTTP ${response.status} ${response.statusText}`.trim(), response.status);
  }
  const lengthHeader = response.headers.get("content-length");
  const total = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
  if (total !== null && total > max) {
    clearTimeout(timer);
    await response.body.cancel().catch(() => {});
    throw new DownloadError("too-large", opts.url, `${opts.url} is ${total} bytes, over the ${max}-byte limit`);
  }
  const hash = createHash("sha256");
  const fh = await open(tmp, "w");
  let received = 0;
  try {
    const reader = response.body.getReader();
    opts.onProgress?.({ url: opts.url, received, total, attempt: n });
    while (true) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (e) {
        if (timedOut) throw new DownloadError("timeout", opts.url, `${opts.url} stalled for ${idle} ms after ${received} bytes`);
        throw new DownloadError("truncated", opts.url, `${opts.url} broke off after ${received}${total === null ? "" : ` of ${total}`} bytes (${e instanceof Error ? e.message : String(e)})`);
      }
      if (chunk.done) break;
      touch();
      received += chunk.value.length;
      if (received > max) {
        await reader.cancel().catch(() => {});
        throw new DownloadError("too-large", opts.url, `${opts.url} sent more than the ${max}-byte limit`);
      }
      hash.update(chunk.value);
      await fh.write(chunk.value);
      opts.onProgress?.({ url: opts.url, received, total, attempt: n });
    }
    if (total !== null && received !== total) {
      throw new DownloadError("truncated", opts.url, `${opts.url} sent ${received} of ${total} bytes`);
    }
    await fh.sync();
  } finally {
    clearTimeout(timer);
    await fh.close();
  }
  return { sha256: hash.digest("hex"), bytes: received };
}

/**
 * Downloads `url` to `dest` (see the module comment). Throws DownloadError; on any failure the
 * target is left as it was and no temporary file remains.
 */
export async function downloadFile(opts: DownloadOptions): Promise<DownloadResult> {
  const protocol = new URL(opts.url).protocol;
  if (protocol !== "https:" && protocol !== "http:") throw new DownloadError("protocol", opts.url, `unsupported protocol ${protocol}`);
  await mkdir(dirname(opts.dest), { recursive: true });
  const cached = await reuseCached(opts);
  if (cached) return cached;
  const expected = opts.expectedSha256?.toLowerCase() ?? null;
  const retries = opts.retries ?? 3;
  const backoff = opts.backoffMs ?? 1000;
  const tmp = join(dirname(opts.dest), `.${basename(opts.dest)}.part-${process.pid}-${randomBytes(4).toString("hex")}`);
  for (let n = 1; ; n++) {
    try {
      const got = await attempt(opts, tmp, n);
      if (expected !== null && got.sha256 !== expected) {
        throw new DownloadError(
          "checksum",
          opts.url,
          `refused ${opts.url}: its sha256 is ${got.sha256}, the config expects ${expected}. The file was not kept; if CMS re-released it, check the new file and update lib/coding/sync/sources.ts`,
        );
      }
      await rename(tmp, opts.dest);
      await writeAtomically(sha256RecordPath(opts.dest), `${got.sha256}  ${basename(opts.dest)}\n`);
      return { url: opts.url, path: opts.dest, sha256: got.sha256, bytes: got.bytes, fromCache: false, verified: expected !== null };
    } catch (e) {
      await rm(tmp, { force: true });
      const error = e instanceof DownloadError ? e : new DownloadError("network", opts.url, `${opts.url}: ${e instanceof Error ? e.message : String(e)}`);
      if (!retryable(error) || n > retries) {
        if (n > 1 && retryable(error)) error.message = `${error.message} (gave up after ${n} attempts)`;
        throw error;
      }
      const delayMs = backoff * 2 ** (n - 1);
      opts.onRetry?.({ url: opts.url, attempt: n, delayMs, error });
      await sleep(delayMs);
    }
  }
}
