import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { countWords, createCatalog, loadLessons, LessonLoadError, parseLesson, readingMinutes, readLessons, TRACK_IDS } from "./lessons";

const GOOD_FRONT = `---
title: "A good lesson"
slug: good-lesson
track: icd10cm
order: 1
summary: "A summary long enough to pass the schema."
objectives:
  - "First objective"
  - "Second objective"
minutes: 10
domains: [icd10cm]
check:
  - question: "Which one is right here?"
    options: ["a", "b", "c", "d"]
    answer: 1
    rationale: "Because b is the right answer here."
  - question: "Which one is right there?"
    options: ["a", "b", "c", "d"]
    answer: 0
    rationale: "Because a is the right answer there."
  - question: "Which one is right anywhere?"
    options: ["a", "b", "c", "d"]
    answer: 3
    rationale: "Because d is the right answer anywhere."
---
`;
const BODY = `\n## Heading\n\n${"Some words about coding conventions. ".repeat(20)}\n`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lessons-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeTree(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name, "content", "lessons");
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe("the lessons in content/lessons", () => {
  const result = readLessons();

  it("all validate: front matter, slug = file name, track = folder, unique order per track, images present", () => {
    const report = result.issues.map((i) => `${i.file}: ${i.reason}`).join("\n");
    expect(report, report).toBe("");
  });

  it("exist, each with objectives, a reading time and 3 to 5 check questions", () => {
    expect(result.lessons.length).toBeGreaterThan(0);
    for (const lesson of result.lessons) {
      expect(lesson.readingMinutes).toBeGreaterThan(0);
      expect(lesson.check.length).toBeGreaterThanOrEqual(3);
      expect(lesson.check.length).toBeLessThanOrEqual(5);
      expect(lesson.objectives.length).toBeGreaterThanOrEqual(2);
      expect(lesson.key).toBe(`${lesson.track}/${lesson.slug}`);
    }
  });

  it("are listed by track", () => {
    const byTrack = TRACK_IDS.map((t) => `${t}: ${result.lessons.filter((l) => l.track === t).length}`);
    console.log(`lessons by track: ${byTrack.join(", ")} (total ${result.lessons.length})`);
    expect(byTrack).toHaveLength(7);
  });
});

describe("lesson loading", () => {
  it("reads a good lesson with its body, word count and reading time", () => {
    const r = parseLesson("content/lessons/icd10cm/good-lesson.md", GOOD_FRONT + BODY);
    expect(r.issues).toEqual([]);
    expect(r.lesson?.key).toBe("icd10cm/good-lesson");
    expect(r.lesson?.body.startsWith("\n## Heading")).toBe(true);
    expect(r.lesson?.words).toBe(countWords(BODY));
    expect(r.lesson?.readingMinutes).toBe(1);
  });

  it("accepts Windows line ends and a byte-order mark", () => {
    const r = parseLesson("content/lessons/icd10cm/good-lesson.md", `\uFEFF${(GOOD_FRONT + BODY).replace(/\n/g, "\r\n")}`);
    expect(r.issues).toEqual([]);
  });

  it("names the file and the reason for missing or unclosed front matter and bad YAML", () => {
    expect(parseLesson("x/icd10cm/a.md", "# No front matter").issues[0]?.reason).toContain("must start with YAML front matter");
    expect(parseLesson("x/icd10cm/a.md", "---\ntitle: x\n").issues[0]?.reason).toContain("not closed");
    const bad = parseLesson("x/icd10cm/a.md", "---\ntitle: [unclosed\n---\nbody");
    expect(bad.issues[0]).toMatchObject({ file: "x/icd10cm/a.md" });
    expect(bad.issues[0]?.reason).toContain("not valid YAML");
  });

  it("reports each schema error with its field path", () => {
    const text = GOOD_FRONT.replace("order: 1", "order: 0").replace('answer: 1', "answer: 7") + BODY;
    const reasons = parseLesson("content/lessons/icd10cm/good-lesson.md", text).issues.map((i) => i.reason);
    expect(reasons.some((r) => r.startsWith("order:"))).toBe(true);
    expect(reasons.some((r) => r.startsWith("check.0.answer:"))).toBe(true);
  });

  it("rejects a slug that differs from the file name and a track that differs from the folder", () => {
    const reasons = parseLesson("content/lessons/anatomy/other-name.md", GOOD_FRONT + BODY).issues.map((i) => i.reason);
    expect(reasons).toEqual([
      'slug "good-lesson" does not match the file name "other-name.md"',
      'track "icd10cm" does not match the folder "anatomy"',
    ]);
  });

  it("rejects an empty lesson body, duplicate options and a missing image", () => {
    const publicDir = path.join(tmp, "public");
    fs.mkdirSync(path.join(publicDir, "diagrams"), { recursive: true });
    fs.writeFileSync(path.join(publicDir, "diagrams", "here.svg"), "<svg/>");
    expect(parseLesson("c/icd10cm/good-lesson.md", GOOD_FRONT + "\nshort\n").issues[0]?.reason).toContain("shorter than 200");
    const dup = GOOD_FRONT.replace('options: ["a", "b", "c", "d"]', 'options: ["a", "A", "c", "d"]');
    expect(parseLesson("c/icd10cm/good-lesson.md", dup + BODY).issues[0]?.reason).toBe("check.0: two options have the same text");
    const withImages = `${BODY}\n![ok](/diagrams/here.svg)\n\n![missing](/diagrams/gone.svg)\n`;
    expect(parseLesson("c/icd10cm/good-lesson.md", GOOD_FRONT + withImages, publicDir).issues.map((i) => i.reason)).toEqual(["image /diagrams/gone.svg is not in public/"]);
  });

  it("rejects two lessons with the same order in a track, files outside track folders and unknown tracks", () => {
    const second = GOOD_FRONT.replace("slug: good-lesson", "slug: second").replace('title: "A good lesson"', 'title: "Second"');
    const dir = writeTree("dup", {
      "icd10cm/good-lesson.md": GOOD_FRONT + BODY,
      "icd10cm/second.md": second + BODY,
      "stray.md": "x",
      "astrology/x.md": "x",
    });
    const { issues } = readLessons(dir, undefined);
    expect(issues.map((i) => `${i.file}: ${i.reason}`)).toEqual([
      'content/lessons/astrology: "astrology" is not a track (anatomy, terminology, icd10cm, icd10pcs, cpt, hcpcs, compliance)',
      "content/lessons/stray.md: lessons live in a track folder: content/lessons/<track>/<slug>.md",
      "content/lessons/icd10cm/second.md: order 1 is already used in track icd10cm by content/lessons/icd10cm/good-lesson.md",
    ]);
    expect(() => loadLessons(dir, undefined)).toThrow(LessonLoadError);
    try {
      loadLessons(dir, undefined);
    } catch (error) {
      expect((error as Error).message).toContain("content/lessons/icd10cm/second.md: order 1 is already used");
    }
  });

  it("reports a missing lessons folder", () => {
    expect(readLessons(path.join(tmp, "nowhere", "content", "lessons")).issues[0]?.reason).toBe("the lessons folder does not exist");
  });
});

describe("the lesson catalog", () => {
  const mk = (track: string, slug: string, order: number) => {
    const text = GOOD_FRONT.replace("slug: good-lesson", `slug: ${slug}`).replace("track: icd10cm", `track: ${track}`).replace("order: 1", `order: ${order}`);
    const r = parseLesson(`content/lessons/${track}/${slug}.md`, text + BODY);
    if (!r.lesson) throw new Error(JSON.stringify(r.issues));
    return r.lesson;
  };
  const catalog = createCatalog([mk("icd10pcs", "p1", 1), mk("icd10cm", "c2", 2), mk("icd10cm", "c1", 1)]);

  it("orders tracks as the schema lists them and lessons by order", () => {
    expect(catalog.lessons.map((l) => l.key)).toEqual(["icd10cm/c1", "icd10cm/c2", "icd10pcs/p1"]);
    expect(catalog.tracks.map((t) => t.id)).toEqual(TRACK_IDS);
    expect(catalog.track("icd10cm")?.minutes).toBe(20);
    expect(catalog.track("anatomy")?.lessons).toEqual([]);
  });

  it("links previous and next through a track and on to the next track", () => {
    const c2 = catalog.get("icd10cm", "c2");
    expect(c2).toBeDefined();
    if (!c2) return;
    expect(catalog.neighbours(c2).previous?.key).toBe("icd10cm/c1");
    expect(catalog.neighbours(c2).next?.key).toBe("icd10pcs/p1");
    const first = catalog.lessons[0];
    if (first) expect(catalog.neighbours(first).previous).toBeUndefined();
    expect(catalog.get("icd10cm", "nope")).toBeUndefined();
  });

  it("computes reading time at 200 words a minute", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
    expect(countWords("| a | b |\n|---|---|\n| one | two |\n\n```\nignored code\n```\n![alt](/x.svg) E11.9 is it")).toBe(7);
  });
});
