import { describe, expect, it } from "vitest";
import { BASE_URL } from "./support/browser";

const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  fetch(`${BASE_URL}/api/v1/validate`, { method: "POST", body, headers });

describe("POST /api/v1/validate", () => {
  it("validates a claim and says the teaching set answered", async () => {
    const res = await post(JSON.stringify({ date: "2026-03-01", claim: { diagnoses: [{ code: "E11.9" }, { code: "E10.9" }, { code: "E11" }] } }));
    expect(res.status).toBe(200);
    expect(res.headers.get("x-codecert-teaching-set")).toBe("true");
    const body = (await res.json()) as { valid: boolean; teachingOnly: boolean; findings: { rule: string; codes: string[]; message: string }[] };
    expect(body.valid).toBe(false);
    expect(body.teachingOnly).toBe(true);
    expect(body.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["icd10cm.excludes1", "icd10cm.not-billable"]));
    expect(body.findings.find((f) => f.rule === "icd10cm.not-billable")?.message).toContain("E11 is a category, not a billable code");
  });

  it("returns a valid result for a clean claim", async () => {
    const res = await post(JSON.stringify({ date: "2026-03-01", claim: { diagnoses: [{ code: "E11.9" }, { code: "I10" }] } }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { valid: boolean }).valid).toBe(true);
  });

  it("reports a bad date and a malformed code as findings, not as a crash", async () => {
    const res = await post(JSON.stringify({ date: "03/01/2026", claim: { diagnoses: [{ code: "E11..9!" }] } }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { findings: { rule: string }[] };
    expect(body.findings.map((f) => f.rule)).toContain("input.date-invalid");
  });

  it("answers a malformed body with a clear 400 and an oversized one with a 413", async () => {
    const notJson = await post("{ not json");
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { message: string } }).error.message).toContain("not valid JSON");
    expect((await post("[1,2,3]")).status).toBe(400);
    expect((await post(JSON.stringify({ date: "2026-03-01" }))).status).toBe(400);
    expect((await post("")).status).toBe(400);
    expect((await post(JSON.stringify({ date: "2026-03-01", claim: { diagnoses: [], pad: "x".repeat(70_000) } }))).status).toBe(413);
  });
});

describe("GET /api/v1/codes/{system}/{code}", () => {
  it("describes a code with its hierarchy and notes", async () => {
    const res = await fetch(`${BASE_URL}/api/v1/codes/icd10cm/E11.9?date=2026-03-01`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { found: boolean; billable: boolean; title: string; icd10cm: { ancestors: { display: string }[] }; validation: { valid: boolean } };
    expect(body).toMatchObject({ found: true, billable: true, title: "Type 2 diabetes mellitus without complications" });
    expect(body.icd10cm.ancestors.map((a) => a.display)).toContain("E11");
    expect(body.validation.valid).toBe(true);
  });

  it("gives 404 for an unknown code and 400 for an unknown system or a bad date", async () => {
    expect((await fetch(`${BASE_URL}/api/v1/codes/icd10cm/Q99.99?date=2026-03-01`)).status).toBe(404);
    expect((await fetch(`${BASE_URL}/api/v1/codes/icd9/250.00`)).status).toBe(400);
    expect((await fetch(`${BASE_URL}/api/v1/codes/icd10cm/E11.9?date=tomorrow`)).status).toBe(400);
  });

  it("finds PCS and HCPCS codes", async () => {
    const pcs = (await (await fetch(`${BASE_URL}/api/v1/codes/icd10pcs/0DTJ4ZZ?date=2026-03-01`)).json()) as { title: string };
    expect(pcs.title).toBe("Resection of Appendix, Percutaneous Endoscopic Approach");
    const hcpcs = await fetch(`${BASE_URL}/api/v1/codes/hcpcs/J1100?date=2025-11-01`);
    expect(hcpcs.status).toBe(200);
  });
});

describe("the OpenAPI document", () => {
  it("is served and describes both endpoints", async () => {
    const doc = (await (await fetch(`${BASE_URL}/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(["/api/v1/validate", "/api/v1/codes/{system}/{code}"]);
  });
});
