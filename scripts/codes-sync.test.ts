import type * as childProcess from "node:child_process";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main, parseSyncArgs } from "./codes-sync";

// Watches for child processes: the import runs in this process (codes-import's main), not as a child.
vi.mock("node:child_process", async (importOriginal) => {
  const actual = await importOriginal<typeof childProcess>();
  return { ...actual, spawn: vi.fn(actual.spawn) };
});

const fixture = (name: string): string => fileURLToPath(new URL(`../lib/coding/importers/__fixtures__/${name}`, import.meta.url));

// A loopback "CMS" serving FY2027 ICD-10-PCS archives built from the sample files; everything else is 404.
const served: Record<string, Uint8Array> = {
  "/files/zip/2027-icd-10-pcs-order-file-long-and-abbreviated-titles.zip": zipSync({
    "icd10pcs_order_2027.txt": readFileSync(fixture("icd10pcs-order-sample.txt")),
    "icd10pcsOrderFile.pdf": strToU8("%PDF-1.4 placeholder"),
  }),
  "/files/zip/2027-icd-10-pcs-code-tables-and-index.zip": zipSync({
    "icd10pcs_tables_2027.xml": strToU8(readFileSync(fixture("icd10pcs-tables-sample.xml"), "utf8").replace("<version>2026</version>", "<version>2027</version>")),
  }),
};

let server: Server;
let base = "";
let dir = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const body = served[req.url ?? ""];
    if (body === undefined) res.writeHead(404).end("not found");
    else res.writeHead(200, { "content-type": "application/zip", "content-length": body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), "codecert-codes-sync-"));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

describe("parseSyncArgs", () => {
  it("reads the year, quarter, cache, mirror and groups", () => {
    const a = parseSyncArgs(["--year", "2026", "--quarter", "2026Q1", "--cache", "/tmp/c", "--base-url", "http://127.0.0.1:1", "--only", "hcpcs,mue"]);
    expect(a).toMatchObject({ year: 2026, quarter: "2026Q1", cache: "/tmp/c", baseUrl: "http://127.0.0.1:1", only: ["hcpcs", "mue"], skipMissing: false });
  });

  it("explains usage errors", () => {
    expect(parseSyncArgs([])).toMatch(/--year/);
    expect(parseSyncArgs(["--year", "26"])).toMatch(/--year/);
    expect(parseSyncArgs(["--year", "2026", "--only", "cpt"])).toMatch(/--only/);
    expect(parseSyncArgs(["--year", "2026", "--bogus"])).toMatch(/bogus/);
    expect(parseSyncArgs(["--year", "2026", "--base-url", "ftp://x"])).toMatch(/--base-url/);
  });
});

describe("codes:sync end to end against a loopback mirror", () => {
  it("returns 2 for a usage error and for a year without sources", async () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await main(["--year"])).toBe(2);
      expect(await main(["--year", "2019", "--cache", dir])).toBe(2);
    } finally {
      err.mockRestore();
    }
  });

  it("lists the plan on a dry run without downloading", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      expect(await main(["--year", "2026", "--quarter", "2026Q1", "--dry-run", "--base-url", base])).toBe(0);
      expect(log.mock.calls.map((c) => String(c[0])).join("\n")).toContain(`${base}/files/zip/2026-code-descriptions-tabular-order.zip\t55a9124a`);
    } finally {
      log.mockRestore();
    }
  });

  it("stops before importing when an archive is missing", async () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    const progress = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const code = await main(["--year", "2027", "--only", "icd10", "--base-url", base, "--cache", join(dir, "cache-strict"), "--data-dir", join(dir, "data-strict")]);
      expect(code).toBe(1);
      expect(err.mock.calls.map((c) => String(c[0])).join("\n")).toMatch(/FAILED icd10cm-FY2027-order: .* answered HTTP 404/);
      expect(existsSync(join(dir, "data-strict", "codesets", "manifest.json"))).toBe(false);
    } finally {
      err.mockRestore();
      progress.mockRestore();
    }
  });

  it("downloads what the mirror has, then imports it with codes:import", async () => {
    const cache = join(dir, "cache");
    const data = join(dir, "data");
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    const progress = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const code = await main(["--year", "2027", "--only", "icd10", "--skip-missing", "--base-url", base, "--cache", cache, "--data-dir", data]);
      expect(code).toBe(0);
      expect(progress.mock.calls.map((c) => String(c[0])).join("")).toMatch(/sha256 [0-9a-f]{64} recorded/);
    } finally {
      err.mockRestore();
      progress.mockRestore();
    }
    const files = await readdir(join(cache, "FY2027"));
    expect(files).toEqual(
      expect.arrayContaining(["2027-icd-10-pcs-order-file-long-and-abbreviated-titles.zip", "2027-icd-10-pcs-code-tables-and-index.zip", "sync-manifest.json"]),
    );
    const manifest: unknown = JSON.parse(await readFile(join(data, "codesets", "manifest.json"), "utf8"));
    expect(manifest).toMatchObject({ sets: [{ meta: { id: "icd10pcs-FY2027", effectiveFrom: "2026-10-01" }, records: 8 }] });
    expect(vi.mocked(spawn)).not.toHaveBeenCalled();
  }, 120_000);
});
