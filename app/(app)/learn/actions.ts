"use server";

import { z } from "zod";
import { getCardStates, saveReview } from "@/lib/db/queries/learn-drills";
import { recordCheckResult, setLessonCompleted } from "@/lib/db/queries/learn-progress";
import { AppError } from "@/lib/errors";
import { scoreCheck, type CheckFeedback } from "@/lib/learn/check";
import { applyGrade, previewIntervals, RELEARN_WINDOW_MINUTES, type GradeValue } from "@/lib/learn/drills";
import { getCatalog, getDecks, learnAction, type ActionResult } from "@/lib/learn/server";

const lessonRef = z.object({
  track: z.string().min(1).max(40),
  slug: z.string().min(1).max(120),
});

function lessonOrThrow(ref: z.infer<typeof lessonRef>) {
  const lesson = getCatalog().get(ref.track, ref.slug);
  if (!lesson) throw new AppError("not_found", "That lesson does not exist any more. Reload the page.");
  return lesson;
}

const checkInput = lessonRef.extend({
  answers: z.array(z.number().int().min(-1).max(3)).min(1).max(5),
});

export interface CheckOutcome extends CheckFeedback {
  best: number;
  attempts: number;
}

/** Scores the student's answers to a lesson's check and stores the result. */
export async function submitCheckAction(input: z.infer<typeof checkInput>): Promise<ActionResult<CheckOutcome>> {
  return learnAction(checkInput, input, async ({ user, db, data }) => {
    const lesson = lessonOrThrow(data);
    if (data.answers.length !== lesson.check.length) throw new AppError("bad_request", `Answer all ${lesson.check.length} questions.`);
    if (data.answers.some((a) => a < 0)) throw new AppError("bad_request", "Answer every question before checking.");
    const feedback = scoreCheck(lesson, data.answers);
    const row = await recordCheckResult(db, user.id, { track: lesson.track, slug: lesson.slug, correct: feedback.correct, total: feedback.total, answers: data.answers });
    return { ...feedback, best: row.bestScore ?? feedback.score, attempts: row.checkAttempts };
  });
}

const completeInput = lessonRef.extend({ completed: z.boolean() });

/** Marks a lesson complete (or not) for the signed-in student. */
export async function setLessonCompleteAction(input: z.infer<typeof completeInput>): Promise<ActionResult<{ completedAt: string | null }>> {
  return learnAction(completeInput, input, async ({ user, db, data }) => {
    const lesson = lessonOrThrow(data);
    const row = await setLessonCompleted(db, user.id, { track: lesson.track, slug: lesson.slug }, data.completed);
    return { completedAt: row.completedAt?.toISOString() ?? null };
  });
}

const reviewInput = z.object({
  cardId: z.string().min(3).max(200),
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
});

export interface ReviewOutcome {
  due: string;
  /** Due again within the session window: show it again before the session ends. */
  requeue: boolean;
  intervals: Record<GradeValue, string>;
}

/** Grades one flashcard for the signed-in student: FSRS computes its next state; state and log are saved. */
export async function reviewCardAction(input: z.infer<typeof reviewInput>): Promise<ActionResult<ReviewOutcome>> {
  return learnAction(reviewInput, input, async ({ user, db, data }) => {
    const card = getDecks().byId.get(data.cardId);
    if (!card) throw new AppError("not_found", "That card is no longer in the decks. Reload the page.");
    const now = new Date();
    const before = (await getCardStates(db, user.id, [card.id])).get(card.id) ?? null;
    const { state, log } = applyGrade(before, data.grade, now);
    await saveReview(db, user.id, { cardId: card.id, deck: card.deck, state, log });
    return {
      due: state.due.toISOString(),
      requeue: state.due.getTime() - now.getTime() <= RELEARN_WINDOW_MINUTES * 60_000,
      intervals: previewIntervals(state, state.due),
    };
  });
}
