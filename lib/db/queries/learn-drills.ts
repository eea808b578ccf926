import { and, count, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { CardState, ReviewRecord } from "../../learn/drills";
import type { Db } from "../connection";
import { flashcardReviews, flashcardStates, type FlashcardStateRow } from "../schema";

function toState(row: FlashcardStateRow): CardState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview,
  };
}

/** The student's card states, by card id (all of them, or only the ids given). */
export async function getCardStates(db: Db, userId: string, cardIds?: readonly string[]): Promise<Map<string, CardState>> {
  if (cardIds !== undefined && cardIds.length === 0) return new Map();
  const where = cardIds === undefined ? eq(flashcardStates.userId, userId) : and(eq(flashcardStates.userId, userId), inArray(flashcardStates.cardId, [...cardIds]));
  const rows = await db.select().from(flashcardStates).where(where);
  return new Map(rows.map((r) => [r.cardId, toState(r)]));
}

export interface SaveReviewInput {
  cardId: string;
  deck: string;
  /** The state after the review. */
  state: CardState;
  /** The review, with the state before it. */
  log: ReviewRecord;
}

/** Saves the card's new state and appends the review to the log, in one transaction. */
export async function saveReview(db: Db, userId: string, input: SaveReviewInput): Promise<void> {
  const s = input.state;
  const values = {
    due: s.due,
    stability: s.stability,
    difficulty: s.difficulty,
    elapsedDays: s.elapsedDays,
    scheduledDays: s.scheduledDays,
    learningSteps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    lastReview: s.lastReview,
    updatedAt: input.log.reviewedAt,
  };
  await db.transaction(async (tx) => {
    await tx
      .insert(flashcardStates)
      .values({ userId, cardId: input.cardId, deck: input.deck, ...values })
      .onConflictDoUpdate({ target: [flashcardStates.userId, flashcardStates.cardId], set: values });
    const l = input.log;
    await tx.insert(flashcardReviews).values({
      userId,
      cardId: input.cardId,
      deck: input.deck,
      rating: l.rating,
      state: l.state,
      due: l.due,
      stability: l.stability,
      difficulty: l.difficulty,
      elapsedDays: l.elapsedDays,
      lastElapsedDays: l.lastElapsedDays,
      scheduledDays: l.scheduledDays,
      learningSteps: l.learningSteps,
      reviewedAt: l.reviewedAt,
    });
  });
}

export interface ReviewCounts {
  /** Reviews since `since`. */
  reviews: number;
  /** Cards first reviewed since `since` (new cards introduced). */
  newCards: number;
}

/** How many reviews the student gave since a time, and how many of them introduced a new card. */
export async function countReviewsSince(db: Db, userId: string, since: Date): Promise<ReviewCounts> {
  const rows = await db
    .select({
      reviews: count(),
      newCards: sql<number>`count(*) filter (where ${flashcardReviews.state} = 0)`.mapWith(Number),
    })
    .from(flashcardReviews)
    .where(and(eq(flashcardReviews.userId, userId), gte(flashcardReviews.reviewedAt, since)));
  return { reviews: rows[0]?.reviews ?? 0, newCards: rows[0]?.newCards ?? 0 };
}

/** Reviews of cards in the Review state since a time: how many, and how many were recalled (not "Again"). */
export async function recallSince(db: Db, userId: string, since: Date): Promise<{ total: number; recalled: number }> {
  const rows = await db
    .select({
      total: count(),
      recalled: sql<number>`count(*) filter (where ${flashcardReviews.rating} > 1)`.mapWith(Number),
    })
    .from(flashcardReviews)
    .where(and(eq(flashcardReviews.userId, userId), eq(flashcardReviews.state, 2), gte(flashcardReviews.reviewedAt, since)));
  return { total: rows[0]?.total ?? 0, recalled: rows[0]?.recalled ?? 0 };
}

/** Cards due at or before a time. */
export async function countDue(db: Db, userId: string, at: Date): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(flashcardStates)
    .where(and(eq(flashcardStates.userId, userId), lte(flashcardStates.due, at)));
  return rows[0]?.n ?? 0;
}
