import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { QuestionItem, Scenario } from "../content/schema";
import { organizations, users } from "./schema-core";

/** Every question: the built-in bank (loaded from content/) and items authored on the site. */
export const questions = pgTable(
  "questions",
  {
    id: text("id").primaryKey(),
    source: text("source", { enum: ["builtin", "authored"] }).notNull(),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    type: text("type", { enum: ["single", "multiple", "case"] }).notNull(),
    domains: text("domains").array().notNull(),
    exams: text("exams").array().notNull(),
    difficulty: integer("difficulty").notNull(),
    codeYear: integer("code_year").notNull(),
    scenarioId: text("scenario_id"),
    /** The whole item, key and rationales included. Never sent to a browser before the attempt is submitted. */
    item: jsonb("item").$type<QuestionItem>().notNull(),
    contentHash: text("content_hash").notNull(),
    status: text("status", { enum: ["active", "retired"] }).notNull().default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("questions_status_idx").on(t.status), index("questions_domains_idx").using("gin", t.domains)],
);

export const scenarios = pgTable("scenarios", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  record: jsonb("record").$type<Scenario["record"]>().notNull(),
  contentHash: text("content_hash").notNull(),
});

export interface AttemptConfig {
  blueprint: "cpc" | "ccs" | "quiz";
  title: string;
  durationMinutes: number;
  passMark: number;
  feedback: "end" | "immediate";
  domains?: string[];
  count?: number;
}

/** One sitting of an exam or quiz. The deadline is kept here; the server enforces it. */
export const examAttempts = pgTable(
  "exam_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    config: jsonb("config").$type<AttemptConfig>().notNull(),
    itemIds: text("item_ids").array().notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    deadlineAt: timestamp("deadline_at", { withTimezone: true }).notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submitReason: text("submit_reason", { enum: ["user", "timeout"] }),
    status: text("status", { enum: ["in_progress", "submitted"] }).notNull().default("in_progress"),
    score: real("score"),
    passed: boolean("passed"),
    /** Scored result: per item and per domain. */
    result: jsonb("result"),
    lastPosition: integer("last_position").notNull().default(0),
  },
  (t) => [
    index("exam_attempts_user_idx").on(t.userId, t.startedAt),
    index("exam_attempts_open_deadline_idx").on(t.deadlineAt).where(sql`${t.status} = 'in_progress'`),
  ],
);

/** The latest answer to each item of an attempt, saved as it is given. */
export const attemptAnswers = pgTable(
  "attempt_answers",
  {
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => examAttempts.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    itemId: text("item_id").notNull(),
    response: jsonb("response"),
    flagged: boolean("flagged").notNull().default(false),
    struck: text("struck").array().notNull().default(sql`'{}'::text[]`),
    timeSpentMs: integer("time_spent_ms").notNull().default(0),
    /** Immediate-feedback quizzes: when the key was shown; the answer is locked from then on. */
    checkedAt: timestamp("checked_at", { withTimezone: true }),
    /** The client's save counter: an older or repeated save is acknowledged and ignored. */
    revision: integer("revision").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.position] })],
);

/** When a student last saw an item, so new attempts avoid repeats while the bank allows. */
export const seenItems = pgTable(
  "seen_items",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    itemId: text("item_id").notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.itemId] })],
);

export type QuestionRow = typeof questions.$inferSelect;
export type ExamAttempt = typeof examAttempts.$inferSelect;
export type AttemptAnswer = typeof attemptAnswers.$inferSelect;
