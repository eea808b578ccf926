import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { lessonProgress, type LessonProgressRow } from "../schema";

export interface LessonRef {
  track: string;
  slug: string;
}

/** Every lesson the student has progress in. */
export async function listLessonProgress(db: Db, userId: string): Promise<LessonProgressRow[]> {
  return db.select().from(lessonProgress).where(eq(lessonProgress.userId, userId));
}

export async function getLessonProgress(db: Db, userId: string, lesson: LessonRef): Promise<LessonProgressRow | undefined> {
  const rows = await db
    .select()
    .from(lessonProgress)
    .where(and(eq(lessonProgress.userId, userId), eq(lessonProgress.track, lesson.track), eq(lessonProgress.slug, lesson.slug)))
    .limit(1);
  return rows[0];
}

export interface CheckResult extends LessonRef {
  correct: number;
  total: number;
  answers: number[];
  at?: Date;
}

/** Stores a check: the latest score and answers, the best score so far, one more attempt. */
export async function recordCheckResult(db: Db, userId: string, result: CheckResult): Promise<LessonProgressRow> {
  const at = result.at ?? new Date();
  const score = result.total > 0 ? result.correct / result.total : 0;
  const rows = await db
    .insert(lessonProgress)
    .values({
      userId,
      track: result.track,
      slug: result.slug,
      checkScore: score,
      checkCorrect: result.correct,
      checkTotal: result.total,
      checkAnswers: result.answers,
      checkedAt: at,
      bestScore: score,
      checkAttempts: 1,
      updatedAt: at,
    })
    .onConflictDoUpdate({
      target: [lessonProgress.userId, lessonProgress.track, lessonProgress.slug],
      set: {
        checkScore: score,
        checkCorrect: result.correct,
        checkTotal: result.total,
        checkAnswers: result.answers,
        checkedAt: at,
        bestScore: sql`greatest(coalesce(${lessonProgress.bestScore}, 0), ${score})`,
        checkAttempts: sql`${lessonProgress.checkAttempts} + 1`,
        updatedAt: at,
      },
    })
    .returning();
  const row = rows[0];
  if (!row) throw new Error("recordCheckResult: no row returned");
  return row;
}

/** Marks a lesson complete (keeping the first completion time) or not complete. */
export async function setLessonCompleted(db: Db, userId: string, lesson: LessonRef, completed: boolean, at: Date = new Date()): Promise<LessonProgressRow> {
  const rows = await db
    .insert(lessonProgress)
    .values({ userId, track: lesson.track, slug: lesson.slug, completedAt: completed ? at : null, updatedAt: at })
    .onConflictDoUpdate({
      target: [lessonProgress.userId, lessonProgress.track, lessonProgress.slug],
      set: {
        completedAt: completed ? sql`coalesce(${lessonProgress.completedAt}, ${at.toISOString()}::timestamptz)` : null,
        updatedAt: at,
      },
    })
    .returning();
  const row = rows[0];
  if (!row) throw new Error("setLessonCompleted: no row returned");
  return row;
}
