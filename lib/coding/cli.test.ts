import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT_FINDINGS, EXIT_USAGE, EXIT_VALID, main } from "./cli";
import { teachingLibrary } from "./teaching";

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(argv: string[], stdin = ""): Promise<Run> {
  let out = "";
  let err = "";
  const code = await main(
    argv,
    { stdout: (t) => (out += t + "\n"), stderr: (t) => (err += t + "\n"), readStdin: () => Promise.resolve(stdin), today: () => "2026-03-01" },
    { loadLibrary: () => Promise.resolve(teachingLibrary()) },
  );
  return { code, out, err };
}

const tmp = mkdtempSync(join(tmpdir(), "codecert-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("codecert validate (in process)", () => {
  it("exits 0 for a valid claim and prints the codes with their titles", async () => {
    const r = await run(["validate", "E11.9", "I10", "--year", "2026"]);
    expect(r.code).toBe(EXIT_VALID);
    expect(r.out).toMatch(/Date of service 2025-10-01/);
    expect(r.out).toMatch(/E11\.9 +Type 2 diabetes mellitus without complications/);
    expect(r.out).toMatch(/NOTE: only the teaching set answered/);
    expect(r.out).toMatch(/Result: VALID \(0 errors, 0 warnings\)/);
  });

  it("exits 1 with the findings when the claim has errors", async () => {
    const r = await run(["validate", "E11.9", "E10.9"]);
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(r.out).toMatch(/ERROR +icd10cm\.excludes1 \[dx:1\] E11\.9, E10\.9/);
    expect(r.out).toMatch(/Result: INVALID \(1 error, 0 warnings\)/);
  });

  it("reads modifiers after dashes and units after an x", async () => {
    const r = await run(["validate", "M17.11", "20610-LT-RT", "J1100x30", "--json"]);
    expect(r.code).toBe(EXIT_FINDINGS);
    const json: unknown = JSON.parse(r.out);
    expect(json).toMatchObject({ date: "2026-03-01", claim: { procedures: [{ code: "20610", modifiers: ["LT", "RT"] }, { code: "J1100", units: 30 }] } });
    expect(r.out).toMatch(/modifier\.conflict/);
    expect(r.out).toMatch(/mue\.units-day-clinical/);
  });

  it("treats J1100 on the command line as HCPCS, and checks procedure-only input code by code", async () => {
    const r = await run(["validate", "J1100", "99999"]);
    expect(r.code).toBe(EXIT_VALID);
    expect(r.out).toMatch(/cpt\.unverified/);
    expect(r.out).not.toMatch(/claim\.no-diagnosis/);
    expect((await run(["validate", "99213-25"])).code).toBe(EXIT_VALID);
  });

  it("makes warnings fail with --strict", async () => {
    expect((await run(["validate", "99999"])).code).toBe(EXIT_VALID);
    expect((await run(["validate", "99999", "--strict"])).code).toBe(EXIT_FINDINGS);
  });

  it("passes age, sex and setting to the claim rules", async () => {
    expect((await run(["validate", "Z00.129", "--age", "40"])).out).toMatch(/mce\.age-conflict/);
    expect((await run(["validate", "N40.0", "--sex", "F"])).out).toMatch(/mce\.sex-conflict/);
    expect((await run(["validate", "Z23", "--setting", "inpatient"])).code).toBe(EXIT_FINDINGS);
  });

  it("reads a claim from a file or from stdin, with the date inside", async () => {
    const file = join(tmp, "claim.json");
    writeFileSync(file, JSON.stringify({ date: "2026-04-01", diagnoses: [{ code: "R05.9" }], procedures: [{ code: "71046" }, { code: "71045" }] }));
    const f = await run(["validate", "--file", file]);
    expect(f.code).toBe(EXIT_FINDINGS);
    expect(f.out).toMatch(/Date of service 2026-04-01/);
    expect(f.out).toMatch(/ncci\.ptp/);
    const s = await run(["validate", "-", "--json"], JSON.stringify({ claim: { diagnoses: [{ code: "E11.9" }] }, date: "2026-03-01" }));
    expect(s.code).toBe(EXIT_VALID);
    expect(JSON.parse(s.out)).toMatchObject({ result: { valid: true, teachingOnly: true } });
  });

  it("reports a malformed claim in the file as findings", async () => {
    const r = await run(["validate", "-"], JSON.stringify({ diagnoses: "E11.9" }));
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(r.out).toMatch(/input\.invalid/);
  });

  it("exits 2 for usage and data errors", async () => {
    for (const argv of [[], ["frobnicate"], ["validate"], ["validate", "E11.9", "--date", "2026-02-30"], ["validate", "E11.9", "--year", "26"], ["validate", "E11.9", "--bogus"], ["validate", "E11.9", "--sex", "Q"], ["validate", "E11.9", "--setting", "home"], ["validate", "--file", join(tmp, "missing.json")], ["code"], ["code", "E11.9", "--system", "icd9"]]) {
      const r = await run(argv);
      expect(r.code, argv.join(" ")).toBe(EXIT_USAGE);
      expect(r.err.length, argv.join(" ")).toBeGreaterThan(0);
    }
    expect((await run(["validate", "-"], "{not json")).code).toBe(EXIT_USAGE);
    expect((await run(["validate", "-"], "[1,2]")).code).toBe(EXIT_USAGE);
  });

  it("exits 2 when the code sets cannot be loaded", async () => {
    let err = "";
    const code = await main(["validate", "E11.9"], { stderr: (t) => (err += t), stdout: () => undefined }, { loadLibrary: () => Promise.reject(new Error("snapshot corrupt")) });
    expect(code).toBe(EXIT_USAGE);
    expect(err).toMatch(/Cannot load the code sets: snapshot corrupt/);
  });

  it("prints help and exits 0", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(EXIT_VALID);
    expect(r.out).toMatch(/Usage:/);
  });
});

describe("codecert code (in process)", () => {
  it("describes a code and exits 0 when it is valid", async () => {
    const r = await run(["code", "E11.22"]);
    expect(r.code).toBe(EXIT_VALID);
    expect(r.out).toMatch(/E11\.22 +\(ICD-10-CM\)/);
    expect(r.out).toMatch(/Under: E11 Type 2 diabetes mellitus > E11\.2/);
    expect(r.out).toMatch(/excludes1 +type 1 diabetes mellitus \(E10\.-\) +\(at E11\)/);
  });

  it("exits 1 for a header code and shows the codes below it", async () => {
    const r = await run(["code", "E11"]);
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(r.out).toMatch(/Header: not billable/);
    expect(r.out).toMatch(/E11\.9 +Type 2 diabetes mellitus without complications/);
    expect(r.out).toMatch(/icd10cm\.not-billable/);
  });

  it("prints JSON", async () => {
    const r = await run(["code", "0DTJ4ZZ", "--json"]);
    expect(JSON.parse(r.out)).toMatchObject({ system: "icd10pcs", found: true, pcsTable: { code: "0DT" } });
  });
});

describe("bin/codecert.mjs (child process)", () => {
  const bin = join(process.cwd(), "bin", "codecert.mjs");
  const cli = (args: string[], input?: string): ReturnType<typeof spawnSync> =>
    spawnSync(process.execPath, [bin, ...args, "--data-dir", tmp], { encoding: "utf8", input, timeout: 60_000 });

  it("exits 0 for valid codes and prints the result", () => {
    const r = cli(["validate", "E11.9", "I10", "--date", "2026-03-01"]);
    expect(r.status).toBe(0);
    expect(String(r.stdout)).toMatch(/Result: VALID/);
  });

  it("exits 1 with findings and prints JSON with --json", () => {
    const r = cli(["validate", "E11", "--date", "2026-03-01", "--json"]);
    expect(r.status).toBe(1);
    const json: unknown = JSON.parse(String(r.stdout));
    expect(json).toMatchObject({ result: { valid: false, findings: [{ rule: "icd10cm.not-billable" }] } });
  });

  it("reads a claim from stdin", () => {
    const r = cli(["validate", "-"], JSON.stringify({ date: "2026-03-01", diagnoses: [{ code: "W19.XXXA" }] }));
    expect(r.status).toBe(1);
    expect(String(r.stdout)).toMatch(/icd10cm\.external-cause-principal/);
  });

  it("exits 2 on a usage error", () => {
    const r = cli(["validate", "--date", "tomorrow", "E11.9"]);
    expect(r.status).toBe(2);
    expect(String(r.stderr)).toMatch(/is not a date written yyyy-mm-dd/);
  });
});
