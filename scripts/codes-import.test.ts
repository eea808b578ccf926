import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(prefix);
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});


const root = fileURLToPath(new URL("..", import.meta.url));
const fixture = (name: string): string => join(root, "lib/coding/importers/__fixtures__", name);

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts/codes-import.ts"), ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function release(): string {
  const dir = tempDir(join(tmpdir(), "codecert-cli-release-"));
  copyFileSync(fixture("icd10cm-order-sample.txt"), join(dir, "icd10cm_order_2026.txt"));
  copyFileSync(fixture("icd10cm-tabular-sample.xml"), join(dir, "icd10cm_tabular_2023.xml"));
  copyFileSync(fixture("mce-MCE_Simple_Code_Edits_v37-sample.txt"), join(dir, "MCE_Simple_Code_Edits_v37.txt"));
  return dir;
}

describe("npm run codes:import", () => {
  it("imports a release directory, prints progress and a summary table, and exits 0", () => {
    const dataDir = tempDir(join(tmpdir(), "codecert-cli-data-"));
    const r = run(["--from", release(), "--data-dir", dataDir]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\[1\/2\] ICD-10-CM FY2026 ← icd10cm_order_2026\.txt, icd10cm_tabular_2023\.xml/);
    expect(r.stdout).toMatch(/^set\s+records\s+time\s+snapshot$/m);
    expect(r.stdout).toMatch(/^icd10cm-FY2026\s+26\s/m);
    expect(r.stdout).toMatch(/^mce-v37\s+7\s/m);
    expect(existsSync(join(dataDir, "codesets", "manifest.json"))).toBe(true);
  });

  it("exits 1 with file:line: reason on a malformed file and changes nothing", () => {
    const dir = release();
    const dataDir = tempDir(join(tmpdir(), "codecert-cli-data-"));
    expect(run(["--from", dir, "--data-dir", dataDir, "--quiet"]).status).toBe(0);
    const manifest = readFileSync(join(dataDir, "codesets", "manifest.json"), "utf8");
    const order = join(dir, "icd10cm_order_2026.txt");
    writeFileSync(order, readFileSync(order, "latin1").replace("00003 A001    1", "00003 A001    X"));
    const r = run(["--from", dir, "--data-dir", dataDir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`import failed: ${order}:3: flag "X" in column 15 is neither 1 (billable) nor 0 (header)`);
    expect(r.stderr).toContain("Nothing installed was changed.");
    expect(readFileSync(join(dataDir, "codesets", "manifest.json"), "utf8")).toBe(manifest);
  });

  it("does nothing when imported, and runs in-process through its exported main", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    const exitCode = process.exitCode;
    try {
      const mod = await import("./codes-import");
      await new Promise((r) => setTimeout(r, 50));
      expect(err).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
      expect(process.exitCode).toBe(exitCode);
      const dataDir = tempDir(join(tmpdir(), "codecert-cli-data-"));
      expect(await mod.main(["--from", release(), "--data-dir", dataDir, "--quiet"])).toBe(0);
      expect(existsSync(join(dataDir, "codesets", "manifest.json"))).toBe(true);
      expect(await mod.main([])).toBe(2);
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  });

  it("exits 2 on a usage error", () => {
    const missing = run([]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--from is required/);
    expect(run(["--from", "x", "--year", "26"]).status).toBe(2);
    expect(run(["--from", "x", "--bogus"]).status).toBe(2);
  });
});
