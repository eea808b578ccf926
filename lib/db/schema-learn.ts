// Tables of the Learn area: lesson progress and spaced-repetition flashcards.
import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, real, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./schema-core";

/** A student's progress in one lesson: completion and the latest and best check scores. */
export const lessonProgress = pgTable(
  "lesson_progress",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    track: text("track").notNull(),
    slug: text("slug").notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    /** Latest check: share correct (0–1), counts and the options chosen (0-based, per question). */
    checkScore: real("check_score"),
    checkCorrect: integer("check_correct"),
    checkTotal: integer("check_total"),
    checkAnswers: jsonb("check_answers").$type<number[]>(),
    checkedAt: timestamp("checked_at", { withTimezone: true }),
    bestScore: real("best_score"),
    checkAttempts: integer("check_attempts").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.track, t.slug] })],
);

/** The FSRS memory state of one flashcard for one student (absent until first reviewed). */
export const flashcardStates = pgTable(
  "flashcard_states",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    cardId: text("card_id").notNull(),
    deck: text("deck").notNull(),
    due: timestamp("due", { withTimezone: true }).notNull(),
    stability: doublePrecision("stability").notNull(),
    difficulty: doublePrecision("difficulty").notNull(),
    elapsedDays: integer("elapsed_days").notNull(),
    scheduledDays: integer("scheduled_days").notNull(),
    learningSteps: integer("learning_steps").notNull(),
    reps: integer("reps").notNull(),
    lapses: integer("lapses").notNull(),
    /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs State). */
    state: smallint("state").notNull(),
    lastReview: timestamp("last_review", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.cardId] }), index("flashcard_states_user_due_idx").on(t.userId, t.due)],
);

/** Every review given, with the card's state before it (the FSRS review log). */
export const flashcardReviews = pgTable(
  "flashcard_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    cardId: text("card_id").notNull(),
    deck: text("deck").notNull(),
    /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
    rating: smallint("rating").notNull(),
    state: smallint("state").notNull(),
    due: timestamp("due", { withTimezone: true }).notNull(),
    stability: doublePrecision("stability").notNull(),
    difficulty: doublePrecision("difficulty").notNull(),
    elapsedDays: integer("elapsed_days").notNull(),
    lastElapsedDays: integer("last_elapsed_days").notNull(),
    scheduledDays: integer("scheduled_days").notNull(),
    learningSteps: integer("learning_steps").notNull(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("flashcard_reviews_user_time_idx").on(t.userId, t.reviewedAt)],
);

export type LessonProgressRow = typeof lessonProgress.$inferSelect;
export type FlashcardStateRow = typeof flashcardStates.$inferSelect;
export type FlashcardReviewRow = typeof flashcardReviews.$inferSelect;
