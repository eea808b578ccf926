import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DownloadError, downloadFile, readRecordedSha256, type DownloadProgress } from "./download";

const archive = zipSync({ "ccipra-v321r0-f1.txt": strToU8("Column 1\tColumn 2\n11042\t11045\t\t20090101\t*\t0\tx\n".repeat(2000)) }, { level: 0 });
const archiveSha = createHash("sha256").update(archive).digest("hex");

let server: Server;
let base = "";
let dir = "";
const hits = new Map<string, number>();

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? "/";
  hits.set(path, (hits.get(path) ?? 0) + 1);
  if (path === "/files/zip/ok.zip" || (path === "/files/zip/flaky.zip" && (hits.get(path) ?? 0) > 1)) {
    res.writeHead(200, { "content-type": "application/zip", "content-length": archive.length });
    // Two writes so progress is reported more than once.
    res.write(archive.subarray(0, 1000));
    setTimeout(() => res.end(archive.subarray(1000)), 5);
    return;
  }
  if (path === "/files/zip/flaky.zip") {
    res.writeHead(503).end("busy");
    return;
  }
  if (path === "/files/zip/truncated.zip") {
    res.writeHead(200, { "content-type": "application/zip", "content-length": archive.length });
    res.write(archive.subarray(0, 1000), () => setTimeout(() => res.destroy(), 5));
    return;
  }
  if (path === "/files/zip/big.zip") {
    res.writeHead(200, { "content-length": 10_000_000 });
    res.end();
    return;
  }
  res.writeHead(404, { "content-type": "text/plain" }).end("not found");
}

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(async () => {
  hits.clear();
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = await mkdtemp(join(tmpdir(), "codecert-download-"));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function failure(run: () => Promise<unknown>): Promise<DownloadError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof DownloadError) return e;
    throw e;
  }
  throw new Error("expected a DownloadError");
}

const quick = { retries: 2, backoffMs: 1, idleTimeoutMs: 5_000 };

describe("downloadFile against a loopback server", () => {
  it("downloads an archive with progress, records its sha256 and checks the expected one", async () => {
    const progress: DownloadProgress[] = [];
    const dest = join(dir, "cache", "ok.zip");
    const result = await downloadFile({ url: `${base}/files/zip/ok.zip`, dest, expectedSha256: archiveSha, onProgress: (p) => progress.push(p), ...quick });
    expect(result).toEqual({ url: `${base}/files/zip/ok.zip`, path: dest, sha256: archiveSha, bytes: archive.length, fromCache: false, verified: true });
    const saved = await readFile(dest);
    expect(Object.keys(unzipSync(saved))).toEqual(["ccipra-v321r0-f1.txt"]);
    expect(await readRecordedSha256(dest)).toBe(archiveSha);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatchObject({ received: archive.length, total: archive.length, attempt: 1 });
    expect((await readdir(join(dir, "cache"))).sort()).toEqual([".ok.zip.sha256", "ok.zip"]);
    expect(await readFile(join(dir, "cache", ".ok.zip.sha256"), "utf8")).toBe(`${archiveSha}  ok.zip\n`);
  });

  it("records the sha256 when the config has none, and reuses the file next time", async () => {
    const dest = join(dir, "ok.zip");
    const first = await downloadFile({ url: `${base}/files/zip/ok.zip`, dest, expectedSha256: null, ...quick });
    expect(first).toMatchObject({ sha256: archiveSha, verified: false, fromCache: false });
    const second = await downloadFile({ url: `${base}/files/zip/ok.zip`, dest, ...quick });
    expect(second).toMatchObject({ sha256: archiveSha, fromCache: true });
    expect(hits.get("/files/zip/ok.zip")).toBe(1);
  });

  it("downloads again when the cached file no longer matches its recorded sha256", async () => {
    const dest = join(dir, "ok.zip");
    await downloadFile({ url: `${base}/files/zip/ok.zip`, dest, ...quick });
    await writeFile(dest, "damaged");
    const again = await downloadFile({ url: `${base}/files/zip/ok.zip`, dest, ...quick });
    expect(again.fromCache).toBe(false);
    expect((await readFile(dest)).length).toBe(archive.length);
  });

  it("refuses a checksum mismatch with a clear error and leaves nothing in place", async () => {
    const dest = join(dir, "ok.zip");
    const e = await failure(() => downloadFile({ url: `${base}/files/zip/ok.zip`, dest, expectedSha256: "0".repeat(64), ...quick }));
    expect(e.code).toBe("checksum");
    expect(e.message).toContain(`its sha256 is ${archiveSha}, the config expects ${"0".repeat(64)}`);
    expect(existsSync(dest)).toBe(false);
    expect(await readdir(dir)).toEqual([]);
    expect(hits.get("/files/zip/ok.zip")).toBe(1);
  });

  it("reports a 404 at once, without retrying", async () => {
    const dest = join(dir, "missing.zip");
    const e = await failure(() => downloadFile({ url: `${base}/files/zip/missing.zip`, dest, ...quick }));
    expect([e.code, e.status]).toEqual(["http", 404]);
    expect(e.message).toMatch(/answered HTTP 404/);
    expect(hits.get("/files/zip/missing.zip")).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it("retries a truncated response, then gives up and leaves nothing behind", async () => {
    const dest = join(dir, "truncated.zip");
    const retries: number[] = [];
    const e = await failure(() => downloadFile({ url: `${base}/files/zip/truncated.zip`, dest, onRetry: (r) => retries.push(r.delayMs), ...quick }));
    expect(e.code).toBe("truncated");
    expect(e.message).toMatch(/gave up after 3 attempts/);
    expect(retries).toEqual([1, 2]);
    expect(hits.get("/files/zip/truncated.zip")).toBe(3);
    expect(await readdir(dir)).toEqual([]);
  });

  it("retries a 503 with backoff and succeeds", async () => {
    const dest = join(dir, "flaky.zip");
    const result = await downloadFile({ url: `${base}/files/zip/flaky.zip`, dest, expectedSha256: archiveSha, ...quick });
    expect(result.sha256).toBe(archiveSha);
    expect(hits.get("/files/zip/flaky.zip")).toBe(2);
  });

  it("refuses a file over the size limit before reading it", async () => {
    const e = await failure(() => downloadFile({ url: `${base}/files/zip/big.zip`, dest: join(dir, "big.zip"), maxBytes: 1_000_000, ...quick }));
    expect(e.code).toBe("too-large");
    expect(await readdir(dir)).toEqual([]);
  });

  it("refuses a body that grows past the size limit", async () => {
    const e = await failure(() => downloadFile({ url: `${base}/files/zip/ok.zip`, dest: join(dir, "ok.zip"), maxBytes: 500, ...quick }));
    expect(e.code).toBe("too-large");
    expect(await readdir(dir)).toEqual([]);
  });

  it("reports an unreachable server as a network error", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const e = await failure(() => downloadFile({ url: `http://127.0.0.1:${port}/x.zip`, dest: join(dir, "x.zip"), retries: 0, backoffMs: 1 }));
    expect(e.code).toBe("network");
  });

  it("refuses a protocol other than http and https", async () => {
    const e = await failure(() => downloadFile({ url: "file:///etc/hostname", dest: join(dir, "x") }));
    expect(e.code).toBe("protocol");
  });
});
