import { describe, expect, it } from "vitest";
import { createCatalog, parseLesson, type Lesson } from "./lessons";
import { overallProgress } from "./progress";
import { checkQuestions, scoreCheck } from "./check";

function lesson(track: string, slug: string, order: number): Lesson {
  const text = `---
title: "Lesson ${slug}"
slug: ${slug}
track: ${track}
order: ${order}
summary: "A summary long enough to pass the schema."
objectives: ["First objective", "Second objective"]
minutes: 10
domains: [icd10cm]
check:
  - { question: "Question one here?", options: [a, b, c, d], answer: 1, rationale: "Because b is right for one." }
  - { question: "Question two here?", options: [a, b, c, d], answer: 2, rationale: "Because c is right for two." }
  - { question: "Question three here?", options: [a, b, c, d], answer: 0, rationale: "Because a is right for three." }
---
${"Body text of the lesson. ".repeat(12)}`;
  const r = parseLesson(`content/lessons/${track}/${slug}.md`, text);
  if (!r.lesson) throw new Error(JSON.stringify(r.issues));
  return r.lesson;
}

const catalog = createCatalog([lesson("icd10cm", "a", 1), lesson("icd10cm", "b", 2), lesson("icd10pcs", "c", 1)]);

describe("progress", () => {
  it("counts completed lessons per track, averages best scores and resumes after the latest completed lesson", () => {
    const p = overallProgress(catalog, [
      { track: "icd10cm", slug: "b", completedAt: new Date("2026-03-02"), checkScore: 1, bestScore: 1 },
      { track: "icd10cm", slug: "a", completedAt: null, checkScore: 0.5, bestScore: 0.5 },
    ]);
    const cm = p.tracks.find((t) => t.track.id === "icd10cm");
    expect(cm).toMatchObject({ completed: 1, total: 2, averageScore: 0.75 });
    expect(cm?.next?.slug).toBe("a");
    expect(p.resume?.slug).toBe("c");
    expect(p).toMatchObject({ completed: 1, total: 3 });
  });

  it("starts a new student at the first lesson", () => {
    const p = overallProgress(catalog, []);
    expect(p.resume?.key).toBe("icd10cm/a");
    expect(p.tracks.every((t) => t.averageScore === null)).toBe(true);
  });
});

describe("lesson checks", () => {
  const l = lesson("icd10cm", "a", 1);

  it("shows questions and options without the key", () => {
    const view = checkQuestions(l);
    expect(view[0]).toEqual({ question: "Question one here?", options: ["a", "b", "c", "d"] });
    expect(JSON.stringify(view)).not.toContain("answer");
    expect(JSON.stringify(view)).not.toContain("Because");
  });

  it("scores answers against the key, with rationales", () => {
    const f = scoreCheck(l, [1, 0, 0]);
    expect(f).toMatchObject({ correct: 2, total: 3 });
    expect(f.score).toBeCloseTo(2 / 3);
    expect(f.results[1]).toEqual({ chosen: 0, answer: 2, correct: false, rationale: "Because c is right for two." });
    expect(scoreCheck(l, []).correct).toBe(0);
  });
});
