import { describe, expect, it } from "vitest";
import { checkCards, DECK_IDS, generateDecks, plainText, tableCards } from "./decks";
import { applyGrade, buildQueue, drillStats, formatInterval, previewIntervals, startOfDay, type CardState } from "./drills";
import { parseLesson, readLessons, type Lesson } from "./lessons";
import { Lexer } from "marked";

function lesson(body: string, track = "terminology", slug = "word-parts"): Lesson {
  const front = `---
title: "Word parts"
slug: ${slug}
track: ${track}
order: 1
summary: "A summary long enough to pass the schema."
objectives: ["First objective", "Second objective"]
minutes: 10
domains: [terminology]
check:
  - question: "What does the prefix hemi- mean?"
    options: ["whole", "half", "double", "none"]
    answer: 1
    rationale: "Hemi- means half, as in hemiplegia."
  - question: "What does -ectomy mean?"
    options: ["cutting into", "removal", "repair", "viewing"]
    answer: 1
    rationale: "-ectomy is surgical removal, as in appendectomy."
  - question: "What does -scopy mean?"
    options: ["removal", "repair", "visual examination", "new opening"]
    answer: 2
    rationale: "-scopy is visual examination with an instrument."
---
`;
  const r = parseLesson(`content/lessons/${track}/${slug}.md`, front + body + "\n" + "Filler text for the minimum length. ".repeat(8));
  if (!r.lesson) throw new Error(JSON.stringify(r.issues));
  return r.lesson;
}

const BODY = `
## Prefixes

| Prefix | Meaning | Example |
|---|---|---|
| **hemi-**, semi- | half | hemiplegia |
| brady- | slow | \`R00.1\` bradycardia |
| | empty front | skipped |

| Abbreviation | Meaning | Abbreviation | Meaning |
|---|---|---|---|
| CC | chief complaint | PMH | past medical history |

| Root operation (value) | Objective | Example |
|---|---|---|
| **Resection** (T) | Cut out **all** of a body part | Appendectomy |

| Modifier | Meaning |
|---|---|
| \`-59\` | Distinct procedural service |

| Value | Section |
|---|---|
| 0 | Medical and Surgical |
`;

describe("deck generation", () => {
  const l = lesson(BODY);

  it("makes one card per row of a recognised table, with the other columns as details", () => {
    const cards = tableCards(l);
    expect(cards.map((c) => `${c.deck}|${c.prompt}|${c.front}|${c.back}|${c.details.join(";")}`)).toEqual([
      "word-parts|Prefix|hemi-, semi-|half|Example: hemiplegia",
      "word-parts|Prefix|brady-|slow|Example: R00.1 bradycardia",
      "abbreviations|Abbreviation|CC|chief complaint|",
      "abbreviations|Abbreviation|PMH|past medical history|",
      "root-operations|Root operation|Resection (T)|Cut out all of a body part|Example: Appendectomy",
      "modifiers|Modifier|-59|Distinct procedural service|",
    ]);
  });

  it("gives cards stable ids from their deck and front", () => {
    expect(tableCards(l).map((c) => c.id)).toEqual([
      "word-parts:hemi-semi",
      "word-parts:brady",
      "abbreviations:cc",
      "abbreviations:pmh",
      "root-operations:resection-t",
      "modifiers:59",
    ]);
    expect(tableCards(lesson(BODY)).map((c) => c.id)).toEqual(tableCards(l).map((c) => c.id));
  });

  it("makes a card of every check question with the right answer and rationale on the back", () => {
    const cards = checkCards(l);
    expect(cards).toHaveLength(3);
    expect(cards[0]).toMatchObject({ id: "checks:terminology/word-parts:1", deck: "checks", back: "half", choices: ["whole", "half", "double", "none"] });
    expect(cards[0]?.details[0]).toContain("hemiplegia");
  });

  it("keeps the first card of a front defined by two lessons", () => {
    const other = lesson(BODY.replace("| brady- | slow |", "| brady- | sluggish |"), "terminology", "more-parts");
    const set = generateDecks([l, other]);
    expect(set.byId.get("word-parts:brady")?.back).toBe("slow");
    expect(set.decks.map((d) => d.id)).toEqual(DECK_IDS);
    expect(set.decks.find((d) => d.id === "checks")?.cards).toHaveLength(6);
  });

  it("reads plain text out of inline Markdown", () => {
    const tokens = new Lexer().lex("**Bold** and `code` and [link](/x) &amp; more");
    const para = tokens[0];
    expect(para && "tokens" in para ? plainText(para.tokens) : "").toBe("Bold and code and link & more");
  });

  it("builds non-empty decks from the real lessons", () => {
    const set = generateDecks(readLessons().lessons);
    for (const id of ["word-parts", "root-operations", "modifiers", "checks"] as const) {
      expect(set.decks.find((d) => d.id === id)?.cards.length, id).toBeGreaterThan(5);
    }
    for (const card of set.byId.values()) {
      expect(card.front.length, card.id).toBeGreaterThan(0);
      expect(card.back.length, card.id).toBeGreaterThan(0);
    }
  });
});

describe("FSRS scheduling", () => {
  const now = new Date("2026-03-02T10:00:00Z");
  const cards = tableCards(lesson(BODY));

  it("schedules a new card graded Again minutes away and Easy days away", () => {
    const again = applyGrade(null, 1, now);
    const easy = applyGrade(null, 4, now);
    expect(again.state.due.getTime() - now.getTime()).toBeLessThan(15 * 60_000);
    expect(easy.state.due.getTime() - now.getTime()).toBeGreaterThan(24 * 3600_000);
    expect(again.log).toMatchObject({ rating: 1, state: 0, reviewedAt: now });
    expect(easy.state.reps).toBe(1);
  });

  it("lengthens the interval as a card is recalled and shortens it on a lapse", () => {
    let s: CardState = applyGrade(null, 3, now).state;
    let t = now;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      t = s.due;
      s = applyGrade(s, 3, t).state;
      intervals.push(s.due.getTime() - t.getTime());
    }
    expect(intervals[3]).toBeGreaterThan(intervals[1] ?? 0);
    expect(s.state).toBe(2);
    const lapse = applyGrade(s, 1, s.due);
    expect(lapse.state.lapses).toBe(1);
    expect(lapse.state.due.getTime() - s.due.getTime()).toBeLessThan(intervals[3] ?? 0);
  });

  it("previews the interval of each grade in short words", () => {
    const p = previewIntervals(null, now);
    expect(p[1]).toMatch(/m$/);
    expect(p[4]).toMatch(/d$/);
    expect(formatInterval(now, new Date(now.getTime() + 90 * 60_000))).toBe("2h");
    expect(formatInterval(now, new Date(now.getTime() + 400 * 86_400_000))).toBe("1.1y");
    expect(formatInterval(now, now)).toBe("1m");
  });

  it("queues due cards first, most overdue first, then new cards up to the daily allowance", () => {
    const [a, b, c, ...rest] = cards;
    if (!a || !b || !c) throw new Error("need cards");
    const learned = applyGrade(null, 4, new Date("2026-02-01T00:00:00Z")).state;
    const states = new Map<string, CardState>([
      [a.id, { ...learned, due: new Date("2026-03-01T00:00:00Z") }],
      [b.id, { ...learned, due: new Date("2026-02-20T00:00:00Z") }],
      [c.id, { ...learned, due: new Date("2026-04-01T00:00:00Z") }],
    ]);
    const q = buildQueue({ cards, states, now, newToday: 0, newPerDay: 2 });
    expect(q.map((i) => [i.card.id, i.isNew])).toEqual([
      [b.id, false],
      [a.id, false],
      [rest[0]?.id, true],
      [rest[1]?.id, true],
    ]);
    expect(buildQueue({ cards, states, now, newToday: 2, newPerDay: 2 })).toHaveLength(2);
    expect(buildQueue({ cards, states, now, newToday: 0, limit: 1 })).toHaveLength(1);
  });

  it("deals new cards from each deck in turn", () => {
    const q = buildQueue({ cards, states: new Map(), now, newToday: 0, newPerDay: 4 });
    expect(q.map((i) => i.card.deck)).toEqual(["word-parts", "abbreviations", "root-operations", "modifiers"]);
    expect(buildQueue({ cards, states: new Map(), now, newToday: 0, newPerDay: 6 }).map((i) => i.card.id)).toEqual([
      "word-parts:hemi-semi",
      "abbreviations:cc",
      "root-operations:resection-t",
      "modifiers:59",
      "word-parts:brady",
      "abbreviations:pmh",
    ]);
  });

  it("counts due, learned, started and new cards and computes retention", () => {
    const [a, b] = cards;
    if (!a || !b) throw new Error("need cards");
    let learned = applyGrade(null, 3, now).state;
    learned = applyGrade(learned, 3, learned.due).state;
    const states = new Map<string, CardState>([
      [a.id, learned],
      [b.id, applyGrade(null, 1, now).state],
    ]);
    const later = new Date(now.getTime() + 3600_000);
    const stats = drillStats({ cards, states, now: later, newToday: 19, reviewsToday: 3, recentReviews: { total: 4, recalled: 3 } });
    expect(stats).toMatchObject({ total: cards.length, started: 2, learned: learned.state === 2 ? 1 : 0, due: 1, newAvailable: 1, reviewsToday: 3, retention: 0.75 });
    expect(drillStats({ cards, states, now, newToday: 0, reviewsToday: 0, recentReviews: { total: 0, recalled: 0 } }).retention).toBeNull();
    expect(startOfDay(new Date("2026-03-02T23:59:59Z")).toISOString()).toBe("2026-03-02T00:00:00.000Z");
  });
});
