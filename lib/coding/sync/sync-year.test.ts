import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncYear } from "./sync-year";

const archive = zipSync({ "member.txt": strToU8("fixture") });
let server: Server;
let base = "";
const requested: string[] = [];
let failing = "dme-supplier";

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    requested.push(path);
    if (path.includes(failing)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-length": archive.length }).end(archive);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("syncYear against a loopback mirror", () => {
  it("downloads the planned archives under their CMS names and writes a manifest", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), "codecert-sync-"));
    try {
      const started: string[] = [];
      const outcome = await syncYear({ year: 2027, quarter: "2027Q1", only: ["hcpcs", "mue"], cacheDir, baseUrl: base, skipMissing: true, retries: 0, backoffMs: 1, onStart: (a) => started.push(a.id) });
      expect(started).toEqual(["hcpcs-2027-01", "mue-practitioner-2027Q1", "mue-hospital-2027Q1", "mue-dme-2027Q1"]);
      expect(outcome.downloaded.map((d) => d.source.id)).toEqual(["hcpcs-2027-01", "mue-practitioner-2027Q1", "mue-hospital-2027Q1"]);
      expect(outcome.failed.map((f) => [f.source.id, f.error.code, f.error.status])).toEqual([["mue-dme-2027Q1", "http", 404]]);
      expect(requested).toContain("/files/zip/january-2027-alpha-numeric-hcpcs-file.zip");
      const files = await readdir(outcome.dir);
      expect(files).toContain("january-2027-alpha-numeric-hcpcs-file.zip");
      expect(files).toContain("sync-manifest.json");
      const manifest: unknown = JSON.parse(await readFile(join(outcome.dir, "sync-manifest.json"), "utf8"));
      expect(manifest).toMatchObject({ year: 2027, quarter: "2027Q1", failed: [{ id: "mue-dme-2027Q1", code: "http", status: 404 }] });
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it("stops at the first failure unless told to skip missing archives", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), "codecert-sync-"));
    try {
      failing = "outpatient-hospital";
      requested.length = 0;
      const outcome = await syncYear({ year: 2027, quarter: "2027Q1", only: ["mue"], cacheDir, baseUrl: base, retries: 0 });
      expect(outcome.downloaded.map((d) => d.source.id)).toEqual(["mue-practitioner-2027Q1"]);
      expect(outcome.failed.map((f) => f.source.id)).toEqual(["mue-hospital-2027Q1"]);
      expect(requested.some((p) => p.includes("dme-supplier"))).toBe(false);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
