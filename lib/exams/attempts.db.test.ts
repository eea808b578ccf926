import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/support/test-db";
import { createLibrary } from "../coding/library";
import type { DatabaseHandle } from "../db/connection";
import { createUser } from "../db/queries/users";
import { isAppError } from "../errors";
import { checkAnswer, openAttempt, saveAnswer, startAttempt, submitAttempt, submittedView, sweepExpiredAttempts } from "./attempts";
import { quizBlueprint, type Blueprint } from "./blueprints";
import { fixtureBank } from "./__fixtures__/bank";
import { seededRandom } from "./select-items";
import { syncBuiltinBank } from "./sync-bank";

const library = createLibrary([]);
let handle: DatabaseHandle;
let alice: string;
let bob: string;

const quiz: Blueprint = {
  id: "cpc",
  title: "Fixture CPC",
  description: "fixture",
  durationMinutes: 60,
  passMark: 70,
  domainCounts: { em: 3, icd10cm: 2, guidelines: 1 },
  scenarioItems: 0,
  types: ["single", "multiple"],
};

beforeAll(async () => {
  handle = await createTestDatabase();
  await syncBuiltinBank(handle.db, fixtureBank());
  alice = (await createUser(handle.db, { email: "alice@example.org", name: "Alice", passwordHash: "x", role: "student" })).id;
  bob = (await createUser(handle.db, { email: "bob@example.org", name: "Bob", passwordHash: "x", role: "student" })).id;
});
afterAll(async () => {
  await handle?.close();
});

async function expectAppError(promise: Promise<unknown>, code: string, message?: RegExp) {
  try {
    await promise;
  } catch (error) {
    expect(isAppError(error) && error.code).toBe(code);
    if (message) expect((error as Error).message).toMatch(message);
    return;
  }
  throw new Error(`expected AppError ${code}`);
}

describe(`exam attempts (${process.env.TEST_DB_DRIVER ?? "pglite"})`, () => {
  it("draws the blueprint's count per domain and stores a server-side deadline", async () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const attempt = await startAttempt(handle.db, { userId: alice, blueprint: quiz, now, random: seededRandom(1) });
    expect(attempt.itemIds).toHaveLength(6);
    expect(attempt.itemIds.filter((id) => id.startsWith("fx-em-"))).toHaveLength(3);
    expect(attempt.deadlineAt.toISOString()).toBe("2026-03-01T11:00:00.000Z");
  });

  it("avoids items the student saw recently while the bank has others", async () => {
    const first = await startAttempt(handle.db, { userId: bob, blueprint: quiz, random: seededRandom(2) });
    const second = await startAttempt(handle.db, { userId: bob, blueprint: quiz, random: seededRandom(3) });
    const firstEm = first.itemIds.filter((id) => id.startsWith("fx-em-"));
    const secondEm = second.itemIds.filter((id) => id.startsWith("fx-em-"));
    expect(secondEm.filter((id) => firstEm.includes(id))).toEqual([]);
  });

  it("never sends keys, rationales or explanations with an open attempt", async () => {
    const attempt = await startAttempt(handle.db, { userId: alice, blueprint: quiz });
    const view = await openAttempt(handle.db, attempt.id, alice, library);
    expect(view.status).toBe("in_progress");
    const json = JSON.stringify(view.status === "in_progress" ? view.items : null);
    for (const secret of ['"answer"', '"why"', '"rationale"', '"key"', "Rationale of", "Why option"]) expect(json).not.toContain(secret);
  });

  it("saves answers idempotently: a repeated or older revision is acknowledged and ignored", async () => {
    const attempt = await startAttempt(handle.db, { userId: alice, blueprint: quiz });
    const save = (revision: number, choice: "a" | "b") =>
      saveAnswer(handle.db, attempt.id, alice, { position: 0, response: { kind: "single", choice }, flagged: false, struck: [], timeSpentMs: 10, revision });
    expect(await save(1, "a")).toMatchObject({ saved: true, revision: 1 });
    expect(await save(1, "b")).toEqual({ saved: false, revision: 1, reason: "stale" });
    expect(await save(3, "b")).toMatchObject({ saved: true, revision: 3 });
    expect(await save(2, "a")).toEqual({ saved: false, revision: 3, reason: "stale" });
    const view = await openAttempt(handle.db, attempt.id, alice, library);
    expect(view.status === "in_progress" && view.answers[0]?.response).toEqual({ kind: "single", choice: "b" });
  });

  it("keeps the newest of many concurrent saves", async () => {
    const attempt = await startAttempt(handle.db, { userId: alice, blueprint: quiz });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        saveAnswer(handle.db, attempt.id, alice, { position: 1, response: { kind: "single", choice: i % 2 ? "a" : "b" }, flagged: i === 19, struck: ["c"], timeSpentMs: i, revision: i + 1 }),
      ),
    );
    const view = await openAttempt(handle.db, attempt.id, alice, library);
    const answer = view.status === "in_progress" ? view.answers.find((a) => a.position === 1) : undefined;
    expect(answer).toMatchObject({ revision: 20, flagged: true, struck: ["c"], response: { kind: "single", choice: "a" } });
  });

  it("scores a double submit once and refuses later answers with a clear message", async () => {
    const attempt = await startAttempt(handle.db, { userId: alice, blueprint: quiz, random: seededRandom(4) });
    const view = await openAttempt(handle.db, attempt.id, alice, library);
    if (view.status !== "in_progress") throw new Error("expected open");
    // Answer every item correctly except one.
    for (const [position, item] of view.items.entries()) {
      const id = item.id;
      const response =
        item.type === "multiple"
          ? { kind: "multiple" as const, choices: ["a" as const, "d" as const] }
          : { kind: "single" as const, choice: position === 0 ? ("a" as const) : id.startsWith("fx-em") ? ("b" as const) : ("c" as const) };
      await saveAnswer(handle.db, attempt.id, alice, { position, response, flagged: false, struck: [], timeSpentMs: 1000, revision: 1 });
    }
    const [one, two] = await Promise.all([
      submitAttempt(handle.db, attempt.id, alice, "user", library),
      submitAttempt(handle.db, attempt.id, alice, "user", library),
    ]);
    expect(one.submittedAt?.toISOString()).toBe(two.submittedAt?.toISOString());
    expect(one.score).toBeCloseTo((5 / 6) * 100, 1);
    expect(one.passed).toBe(true);
    await expectAppError(
      saveAnswer(handle.db, attempt.id, alice, { position: 0, response: null, flagged: false, struck: [], timeSpentMs: 0, revision: 9 }),
      "gone",
      /submitted/,
    );
    const results = await submittedView(handle.db, attempt.id, alice);
    expect(results.result.domains[0]?.percent).toBeLessThanOrEqual(results.result.domains.at(-1)?.percent ?? 100);
    expect(results.items[0]?.rationale).toContain("Rationale");
  });

  it("refuses answers after the deadline and submits the attempt at its deadline", async () => {
    const start = new Date("2026-03-01T08:00:00Z");
    const attempt = await startAttempt(handle.db, { userId: alice, blueprint: quiz, now: start });
    const late = new Date("2026-03-01T09:00:01Z");
    await expectAppError(
      saveAnswer(handle.db, attempt.id, alice, { position: 0, response: null, flagged: false, struck: [], timeSpentMs: 0, revision: 1 }, late),
      "gone",
      /Time is up/,
    );
    expect(await sweepExpiredAttempts(handle.db, library, late)).toBeGreaterThanOrEqual(1);
    const view = await openAttempt(handle.db, attempt.id, alice, library, late);
    expect(view.status).toBe("submitted");
    expect(view.attempt.submitReason).toBe("timeout");
    expect(view.attempt.submittedAt?.toISOString()).toBe("2026-03-01T09:00:00.000Z");
  });

  it("hides one student's attempt from another", async () => {
    const attempt = await startAttempt(handle.db, { userId: alice, blueprint: quiz });
    await expectAppError(openAttempt(handle.db, attempt.id, bob, library), "not_found");
    await expectAppError(
      saveAnswer(handle.db, attempt.id, bob, { position: 0, response: null, flagged: false, struck: [], timeSpentMs: 0, revision: 1 }),
      "not_found",
    );
    await expectAppError(submitAttempt(handle.db, attempt.id, bob, "user", library), "not_found");
    await expectAppError(openAttempt(handle.db, "not-a-uuid", alice, library), "not_found");
  });

  it("rejects a position outside the exam", async () => {
    const attempt = await startAttempt(handle.db, { userId: alice, blueprint: quiz });
    await expectAppError(
      saveAnswer(handle.db, attempt.id, alice, { position: 99, response: null, flagged: false, struck: [], timeSpentMs: 0, revision: 1 }),
      "bad_request",
    );
  });

  it("shows the key after checking an answer in an immediate-feedback quiz, and locks that answer", async () => {
    const blueprint = quizBlueprint({ domains: ["em"], count: 3, durationMinutes: 10, feedback: "immediate", cases: "exclude" });
    const attempt = await startAttempt(handle.db, { userId: alice, blueprint, feedback: "immediate" });
    await expectAppError(checkAnswer(handle.db, attempt.id, alice, 0, library), "conflict", /Answer the question/);
    await saveAnswer(handle.db, attempt.id, alice, { position: 0, response: { kind: "single", choice: "b" }, flagged: false, struck: [], timeSpentMs: 5, revision: 1 });
    const feedback = await checkAnswer(handle.db, attempt.id, alice, 0, library);
    expect(feedback.credit).toBe(1);
    expect(feedback.item.rationale).toContain("Rationale");
    await expectAppError(
      saveAnswer(handle.db, attempt.id, alice, { position: 0, response: { kind: "single", choice: "a" }, flagged: false, struck: [], timeSpentMs: 5, revision: 2 }),
      "conflict",
      /already checked/,
    );
  });

  it("refuses to check answers in an exam whose feedback comes at the end", async () => {
    const attempt = await startAttempt(handle.db, { userId: alice, blueprint: quiz });
    await expectAppError(checkAnswer(handle.db, attempt.id, alice, 0, library), "forbidden");
  });

  it("retires built-in items that left content/ and keeps them out of new draws", async () => {
    const bank = fixtureBank();
    const report = await syncBuiltinBank(handle.db, { ...bank, items: bank.items.filter((i) => i.id !== "fx-dx-4") });
    expect(report.retired).toBe(1);
    for (let i = 0; i < 5; i++) {
      const attempt = await startAttempt(handle.db, { userId: bob, blueprint: quiz, random: seededRandom(10 + i) });
      expect(attempt.itemIds).not.toContain("fx-dx-4");
    }
  });
});
