import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/support/test-db";
import { applyGrade, startOfDay } from "../../learn/drills";
import type { DatabaseHandle } from "../connection";
import { countDue, countReviewsSince, getCardStates, recallSince, saveReview } from "./learn-drills";
import { getLessonProgress, listLessonProgress, recordCheckResult, setLessonCompleted } from "./learn-progress";
import { createUser } from "./users";

let handle: DatabaseHandle;
let ana: string;
let bo: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  ana = (await createUser(handle.db, { email: "ana-learn@example.org", name: "Ana", passwordHash: "x", role: "student" })).id;
  bo = (await createUser(handle.db, { email: "bo-learn@example.org", name: "Bo", passwordHash: "x", role: "student" })).id;
});
afterAll(async () => {
  await handle?.close();
});

const lesson = { track: "icd10pcs", slug: "icd10pcs-seven-characters-and-sections" };

describe(`lesson progress (${process.env.TEST_DB_DRIVER ?? "pglite"})`, () => {
  it("stores the latest check score and answers, keeps the best score and counts attempts", async () => {
    await recordCheckResult(handle.db, ana, { ...lesson, correct: 3, total: 4, answers: [2, 1, 1, 0] });
    const second = await recordCheckResult(handle.db, ana, { ...lesson, correct: 2, total: 4, answers: [2, 1, 0, 0] });
    expect(second).toMatchObject({ checkScore: 0.5, checkCorrect: 2, checkTotal: 4, bestScore: 0.75, checkAttempts: 2, checkAnswers: [2, 1, 0, 0] });
    expect(second.completedAt).toBeNull();
  });

  it("marks a lesson complete once, keeps the first completion time, and can undo it", async () => {
    const first = new Date("2026-03-01T10:00:00Z");
    const done = await setLessonCompleted(handle.db, ana, lesson, true, first);
    expect(done.completedAt?.toISOString()).toBe(first.toISOString());
    const again = await setLessonCompleted(handle.db, ana, lesson, true, new Date("2026-03-05T10:00:00Z"));
    expect(again.completedAt?.toISOString()).toBe(first.toISOString());
    expect(again.checkScore).toBe(0.5);
    const undone = await setLessonCompleted(handle.db, ana, lesson, false);
    expect(undone.completedAt).toBeNull();
    await setLessonCompleted(handle.db, ana, lesson, true);
  });

  it("completes a lesson never checked", async () => {
    const row = await setLessonCompleted(handle.db, ana, { track: "anatomy", slug: "integumentary-system" }, true);
    expect(row.checkScore).toBeNull();
    expect(row.checkAttempts).toBe(0);
  });

  it("shows a student only their own progress", async () => {
    expect((await listLessonProgress(handle.db, ana)).map((r) => r.slug).sort()).toEqual(["icd10pcs-seven-characters-and-sections", "integumentary-system"]);
    expect(await listLessonProgress(handle.db, bo)).toEqual([]);
    expect(await getLessonProgress(handle.db, bo, lesson)).toBeUndefined();
    await recordCheckResult(handle.db, bo, { ...lesson, correct: 4, total: 4, answers: [2, 1, 1, 2] });
    expect((await getLessonProgress(handle.db, ana, lesson))?.bestScore).toBe(0.75);
    expect((await getLessonProgress(handle.db, bo, lesson))?.bestScore).toBe(1);
  });

  it("refuses progress for a user that does not exist", async () => {
    await expect(setLessonCompleted(handle.db, "00000000-0000-4000-8000-000000000000", lesson, true)).rejects.toThrow();
  });
});

describe(`flashcard reviews (${process.env.TEST_DB_DRIVER ?? "pglite"})`, () => {
  const t0 = new Date("2026-03-02T09:00:00Z");

  it("saves the FSRS state after each review and appends the review log", async () => {
    const first = applyGrade(null, 3, t0);
    await saveReview(handle.db, ana, { cardId: "word-parts:hemi", deck: "word-parts", ...first });
    const t1 = first.state.due;
    const stored = (await getCardStates(handle.db, ana)).get("word-parts:hemi");
    expect(stored).toEqual(first.state);
    const second = applyGrade(stored ?? null, 3, t1);
    await saveReview(handle.db, ana, { cardId: "word-parts:hemi", deck: "word-parts", ...second });
    const again = (await getCardStates(handle.db, ana, ["word-parts:hemi"])).get("word-parts:hemi");
    expect(again?.reps).toBe(2);
    expect(again?.due.getTime()).toBeGreaterThan(t1.getTime());
    const counts = await countReviewsSince(handle.db, ana, startOfDay(t0));
    expect(counts).toEqual({ reviews: 2, newCards: 1 });
  });

  it("counts due cards and retention over reviews of learned cards", async () => {
    const learned = applyGrade(applyGrade(null, 4, t0).state, 3, new Date("2026-03-10T09:00:00Z"));
    await saveReview(handle.db, ana, { cardId: "modifiers:59", deck: "modifiers", ...applyGrade(null, 4, t0) });
    await saveReview(handle.db, ana, { cardId: "modifiers:59", deck: "modifiers", ...learned });
    const lapse = applyGrade(learned.state, 1, learned.state.due);
    await saveReview(handle.db, ana, { cardId: "modifiers:59", deck: "modifiers", ...lapse });
    const recall = await recallSince(handle.db, ana, t0);
    expect(recall.total).toBeGreaterThanOrEqual(2);
    expect(recall.recalled).toBe(recall.total - 1);
    expect(await countDue(handle.db, ana, new Date("2030-01-01T00:00:00Z"))).toBe(2);
    expect(await countDue(handle.db, ana, new Date("2000-01-01T00:00:00Z"))).toBe(0);
  });

  it("keeps each student's cards apart", async () => {
    expect((await getCardStates(handle.db, bo)).size).toBe(0);
    expect(await countReviewsSince(handle.db, bo, t0)).toEqual({ reviews: 0, newCards: 0 });
    expect(await recallSince(handle.db, bo, t0)).toEqual({ total: 0, recalled: 0 });
    expect((await getCardStates(handle.db, ana, [])).size).toBe(0);
  });
});
