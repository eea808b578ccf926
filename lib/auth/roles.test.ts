import { describe, expect, it } from "vitest";
import { areaOfPath, canAccess, homeFor, navFor } from "./roles";

describe("role areas", () => {
  it("gives each role its own navigation", () => {
    expect(navFor("student").map((n) => n.label)).toEqual(["Learn", "Exams"]);
    expect(navFor("instructor").map((n) => n.label)).toEqual(["Learn", "Exams", "Classes", "Question bank"]);
    expect(navFor("employer").map((n) => n.label)).toEqual(["Learn", "Assessments"]);
    expect(navFor("admin").map((n) => n.label)).toContain("Code sets");
  });

  it("keeps students out of instructor, employer and admin areas", () => {
    expect(canAccess("student", "classes")).toBe(false);
    expect(canAccess("student", "assessments")).toBe(false);
    expect(canAccess("student", "users")).toBe(false);
    expect(canAccess("employer", "exams")).toBe(false);
  });

  it("maps paths to areas, including nested paths but not look-alike prefixes", () => {
    expect(areaOfPath("/admin/users")).toBe("users");
    expect(areaOfPath("/classes/abc/roster")).toBe("classes");
    expect(areaOfPath("/classesx")).toBeUndefined();
    expect(areaOfPath("/")).toBeUndefined();
  });

  it("sends each role to a home it may open", () => {
    for (const role of ["student", "instructor", "employer", "admin"] as const) {
      const area = areaOfPath(homeFor(role));
      expect(area && canAccess(role, area)).toBe(true);
    }
  });
});
