/** Exam attempts: start, save answers, submit (by the student or at the deadline), read back. */
import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { CodeLibrary } from "../coding/types";
import type { QuestionItem, Scenario } from "../content/schema";
import type { Db } from "../db/connection";
import { attemptAnswers, examAttempts, questions, scenarios, seenItems, type AttemptConfig, type ExamAttempt } from "../db/schema";
import { AppError } from "../errors";
import type { Blueprint } from "./blueprints";
import { toPublicItem, type PublicItem } from "./public-item";
import { responseSchema, type ItemResponse, type SaveAnswerInput } from "./responses";
import { scoreAttempt, scoreItem, type AttemptResult } from "./scoring";
import { selectItems, type Random } from "./select-items";

/** Items a student saw within this many days are drawn last. */
const RECENT_DAYS = 30;

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export async function activeBank(db: Db): Promise<{ items: QuestionItem[]; scenarios: Map<string, Scenario> }> {
  const [itemRows, scenarioRows] = await Promise.all([
    db.select({ item: questions.item }).from(questions).where(eq(questions.status, "active")),
    db.select().from(scenarios),
  ]);
  return {
    items: itemRows.map((r) => r.item),
    scenarios: new Map(scenarioRows.map((s) => [s.id, { id: s.id, title: s.title, record: s.record }])),
  };
}

export interface StartInput {
  userId: string;
  blueprint: Blueprint;
  feedback?: "end" | "immediate";
  now?: Date;
  random?: Random;
}

/** Starts an attempt: draws the items, stores them in order with the deadline, and marks them seen. */
export async function startAttempt(db: Db, input: StartInput): Promise<ExamAttempt> {
  const now = input.now ?? new Date();
  const bank = await activeBank(db);
  const since = new Date(now.getTime() - RECENT_DAYS * 86400_000);
  const seenRows = await db
    .select({ itemId: seenItems.itemId })
    .from(seenItems)
    .where(and(eq(seenItems.userId, input.userId), sql`${seenItems.lastSeenAt} >= ${since.toISOString()}::timestamptz`));
  const draw = selectItems(bank.items, input.blueprint, new Set(seenRows.map((r) => r.itemId)), input.random ?? Math.random);
  if (draw.items.length === 0) throw new AppError("unavailable", "The question bank has no items for this exam yet.");
  const config: AttemptConfig = {
    blueprint: input.blueprint.id,
    title: input.blueprint.title,
    durationMinutes: input.blueprint.durationMinutes,
    passMark: input.blueprint.passMark,
    feedback: input.feedback ?? "end",
    domains: Object.keys(input.blueprint.domainCounts),
    count: draw.items.length,
  };
  return db.transaction(async (tx) => {
    const [attempt] = await tx
      .insert(examAttempts)
      .values({
        userId: input.userId,
        config,
        itemIds: draw.items.map((i) => i.id),
        startedAt: now,
        deadlineAt: new Date(now.getTime() + input.blueprint.durationMinutes * 60_000),
      })
      .returning();
    if (!attempt) throw new Error("insert returned no row");
    await tx
      .insert(seenItems)
      .values(draw.items.map((i) => ({ userId: input.userId, itemId: i.id, lastSeenAt: now })))
      .onConflictDoUpdate({ target: [seenItems.userId, seenItems.itemId], set: { lastSeenAt: now } });
    return attempt;
  });
}

/** The attempt if it belongs to the user; anything else is "not found" (never reveal others' attempts). */
export async function getOwnAttempt(db: Db, attemptId: string, userId: string): Promise<ExamAttempt> {
  if (!/^[0-9a-f-]{36}$/i.test(attemptId)) throw new AppError("not_found", "No such exam attempt.");
  const [attempt] = await db
    .select()
    .from(examAttempts)
    .where(and(eq(examAttempts.id, attemptId), eq(examAttempts.userId, userId)))
    .limit(1);
  if (!attempt) throw new AppError("not_found", "No such exam attempt.");
  return attempt;
}

export interface SavedAnswer {
  position: number;
  response: ItemResponse | null;
  flagged: boolean;
  struck: string[];
  timeSpentMs: number;
  revision: number;
}

export interface OpenAttemptView {
  status: "in_progress";
  attempt: ExamAttempt;
  items: PublicItem[];
  answers: SavedAnswer[];
  serverNow: string;
}

async function answersOf(db: Db, attemptId: string): Promise<SavedAnswer[]> {
  const rows = await db.select().from(attemptAnswers).where(eq(attemptAnswers.attemptId, attemptId)).orderBy(asc(attemptAnswers.position));
  return rows.map((r) => {
    const parsed = r.response === null ? null : responseSchema.safeParse(r.response);
    return {
      position: r.position,
      response: parsed && parsed.success ? parsed.data : null,
      flagged: r.flagged,
      struck: r.struck,
      timeSpentMs: r.timeSpentMs,
      revision: r.revision,
    };
  });
}

async function itemsOf(db: Db, ids: string[]): Promise<{ items: QuestionItem[]; scenarios: Map<string, Scenario> }> {
  const rows = ids.length ? await db.select({ id: questions.id, item: questions.item }).from(questions).where(inArray(questions.id, ids)) : [];
  const byId = new Map(rows.map((r) => [r.id, r.item]));
  const items = ids.map((id) => {
    const item = byId.get(id);
    if (!item) throw new AppError("unavailable", `Question ${id} of this attempt is no longer in the bank.`);
    return item;
  });
  const scenarioIds = [...new Set(items.map((i) => i.scenario).filter((s): s is string => Boolean(s)))];
  const scenarioRows = scenarioIds.length ? await db.select().from(scenarios).where(inArray(scenarios.id, scenarioIds)) : [];
  return { items, scenarios: new Map(scenarioRows.map((s) => [s.id, { id: s.id, title: s.title, record: s.record }])) };
}

/**
 * The attempt as its owner may see it. An attempt past its deadline is submitted first,
 * so a closed browser never keeps an exam open.
 */
export async function openAttempt(
  db: Db,
  attemptId: string,
  userId: string,
  library: CodeLibrary,
  now = new Date(),
): Promise<OpenAttemptView | { status: "submitted"; attempt: ExamAttempt }> {
  let attempt = await getOwnAttempt(db, attemptId, userId);
  if (attempt.status === "in_progress" && attempt.deadlineAt <= now) {
    attempt = await submitAttempt(db, attemptId, userId, "timeout", library, now);
  }
  if (attempt.status === "submitted") return { status: "submitted", attempt };
  const [{ items, scenarios: scenarioMap }, answers] = await Promise.all([itemsOf(db, attempt.itemIds), answersOf(db, attempt.id)]);
  return {
    status: "in_progress",
    attempt,
    items: items.map((i) => toPublicItem(i, scenarioMap)),
    answers,
    serverNow: now.toISOString(),
  };
}

export type SaveResult = { saved: true; revision: number; savedAt: string } | { saved: false; revision: number; reason: "stale" };

/**
 * Saves one answer as it is given. Idempotent: a repeated or older revision is acknowledged and ignored.
 * Refused once the attempt is submitted or its deadline has passed.
 */
export async function saveAnswer(db: Db, attemptId: string, userId: string, input: SaveAnswerInput, now = new Date()): Promise<SaveResult> {
  if (!/^[0-9a-f-]{36}$/i.test(attemptId)) throw new AppError("not_found", "No such exam attempt.");
  const nowText = now.toISOString();
  const response = input.response === null ? null : JSON.stringify(input.response);
  const struck = `{${input.struck.join(",")}}`;
  const result = await db.execute(sql`
    with open_attempt as (
      update exam_attempts set last_position = ${input.position}
      where id = ${attemptId} and user_id = ${userId} and status = 'in_progress'
        and deadline_at > ${nowText}::timestamptz and ${input.position} < cardinality(item_ids)
      returning id, item_ids
    )
    insert into attempt_answers (attempt_id, position, item_id, response, flagged, struck, time_spent_ms, revision, updated_at)
    select id, ${input.position}, item_ids[${input.position + 1}], ${response}::jsonb, ${input.flagged}, ${struck}::text[],
           ${input.timeSpentMs}, ${input.revision}, ${nowText}::timestamptz
    from open_attempt
    on conflict (attempt_id, position) do update set
      response = excluded.response, flagged = excluded.flagged, struck = excluded.struck,
      time_spent_ms = excluded.time_spent_ms, revision = excluded.revision, updated_at = excluded.updated_at
      where attempt_answers.revision < excluded.revision and attempt_answers.checked_at is null
    returning revision`);
  const rows = rowsOf<{ revision: number }>(result);
  if (rows[0]) return { saved: true, revision: rows[0].revision, savedAt: nowText };

  // Nothing written: find out why, and say so plainly.
  const attempt = await getOwnAttempt(db, attemptId, userId);
  if (attempt.status === "submitted") {
    throw new AppError("gone", `This exam was submitted at ${attempt.submittedAt?.toISOString()}; answers can no longer change.`);
  }
  if (attempt.deadlineAt <= now) {
    throw new AppError("gone", `Time is up: the exam ended at ${attempt.deadlineAt.toISOString()}. Answers given before then were kept.`);
  }
  if (input.position >= attempt.itemIds.length) throw new AppError("bad_request", `This exam has no item ${input.position + 1}.`);
  const [current] = await db
    .select({ revision: attemptAnswers.revision, checkedAt: attemptAnswers.checkedAt })
    .from(attemptAnswers)
    .where(and(eq(attemptAnswers.attemptId, attemptId), eq(attemptAnswers.position, input.position)));
  if (current?.checkedAt) throw new AppError("conflict", "You have already checked this answer; it can no longer change.");
  return { saved: false, revision: current?.revision ?? 0, reason: "stale" };
}

/**
 * Scores and closes the attempt. Runs once: a second submit (double click, two devices,
 * the deadline sweeper) returns the attempt as the first one left it.
 */
export async function submitAttempt(
  db: Db,
  attemptId: string,
  userId: string,
  reason: "user" | "timeout",
  library: CodeLibrary,
  now = new Date(),
): Promise<ExamAttempt> {
  await getOwnAttempt(db, attemptId, userId);
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(examAttempts).where(eq(examAttempts.id, attemptId)).for("update");
    if (!locked) throw new AppError("not_found", "No such exam attempt.");
    if (locked.status === "submitted") return locked;
    const { items } = await itemsOf(tx, locked.itemIds);
    const answers = await answersOf(tx, attemptId);
    const result = scoreAttempt(items, answers, locked.config.passMark, library);
    const submittedAt = reason === "timeout" && locked.deadlineAt < now ? locked.deadlineAt : now;
    const [updated] = await tx
      .update(examAttempts)
      .set({ status: "submitted", submittedAt, submitReason: reason, score: result.percent, passed: result.passed, result })
      .where(eq(examAttempts.id, attemptId))
      .returning();
    if (!updated) throw new Error("update returned no row");
    return updated;
  });
}

/** Submits every attempt whose deadline has passed (run periodically by the server). Returns how many. */
export async function sweepExpiredAttempts(db: Db, library: CodeLibrary, now = new Date()): Promise<number> {
  const expired = await db
    .select({ id: examAttempts.id, userId: examAttempts.userId })
    .from(examAttempts)
    .where(and(eq(examAttempts.status, "in_progress"), lt(examAttempts.deadlineAt, now)))
    .limit(500);
  for (const a of expired) await submitAttempt(db, a.id, a.userId, "timeout", library, now);
  return expired.length;
}

export interface ItemFeedback {
  position: number;
  credit: number;
  item: QuestionItem;
  caseScore: ReturnType<typeof scoreItem>["caseScore"] | null;
}

/**
 * Immediate-feedback quizzes: scores one saved answer, locks it, and returns the key and rationale for it.
 * Refused for exams whose feedback comes at the end.
 */
export async function checkAnswer(
  db: Db,
  attemptId: string,
  userId: string,
  position: number,
  library: CodeLibrary,
  now = new Date(),
): Promise<ItemFeedback> {
  const attempt = await getOwnAttempt(db, attemptId, userId);
  if (attempt.config.feedback !== "immediate") throw new AppError("forbidden", "This exam shows answers only after it is submitted.");
  if (attempt.status !== "in_progress" || attempt.deadlineAt <= now) throw new AppError("gone", "This quiz is over; see the results page.");
  const itemId = attempt.itemIds[position];
  if (itemId === undefined) throw new AppError("bad_request", `This quiz has no item ${position + 1}.`);
  const [answer] = await db
    .update(attemptAnswers)
    .set({ checkedAt: sql`coalesce(${attemptAnswers.checkedAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(attemptAnswers.attemptId, attemptId), eq(attemptAnswers.position, position)))
    .returning();
  if (!answer) throw new AppError("conflict", "Answer the question before checking it.");
  const { items } = await itemsOf(db, [itemId]);
  const item = items[0]!;
  const parsed = answer.response === null ? null : responseSchema.safeParse(answer.response);
  const { credit, caseScore } = scoreItem(item, parsed && parsed.success ? parsed.data : null, library);
  return { position, credit, item, caseScore: caseScore ?? null };
}

export async function listAttempts(db: Db, userId: string, limit = 50): Promise<ExamAttempt[]> {
  return db.select().from(examAttempts).where(eq(examAttempts.userId, userId)).orderBy(desc(examAttempts.startedAt)).limit(limit);
}

export interface SubmittedView {
  attempt: ExamAttempt;
  result: AttemptResult;
  items: QuestionItem[];
  scenarios: Map<string, Scenario>;
}

/** A submitted attempt with its items, keys and rationales: only now may they reach the browser. */
export async function submittedView(db: Db, attemptId: string, userId: string): Promise<SubmittedView> {
  const attempt = await getOwnAttempt(db, attemptId, userId);
  if (attempt.status !== "submitted" || !attempt.result) throw new AppError("conflict", "This exam is still in progress.");
  const { items, scenarios: scenarioMap } = await itemsOf(db, attempt.itemIds);
  return { attempt, result: attempt.result as AttemptResult, items, scenarios: scenarioMap };
}
