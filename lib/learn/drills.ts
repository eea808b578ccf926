/**
 * Spaced repetition for the flashcard decks, scheduled by FSRS (ts-fsrs): a card's memory state,
 * the effect of a grade, the daily queue (due cards first, then a few new ones) and the stats.
 * Pure functions of their inputs; the database keeps the states and the review log.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade, type ReviewLog } from "ts-fsrs";
import { DECK_IDS, type Flashcard } from "./decks";

const deckRank = (deck: string): number => {
  const i = (DECK_IDS as string[]).indexOf(deck);
  return i === -1 ? DECK_IDS.length : i;
};

/** Again, Hard, Good, Easy. */
export type GradeValue = 1 | 2 | 3 | 4;
export const GRADES: { value: GradeValue; label: string; key: string }[] = [
  { value: 1, label: "Again", key: "1" },
  { value: 2, label: "Hard", key: "2" },
  { value: 3, label: "Good", key: "3" },
  { value: 4, label: "Easy", key: "4" },
];

/** New cards a student is shown per day (reviews of cards already started are never capped). */
export const NEW_CARDS_PER_DAY = 20;
/** A card due again within this many minutes comes back in the same session. */
export const RELEARN_WINDOW_MINUTES = 20;

/** The memory state of one card, as the database stores it. */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview: Date | null;
}

/** One review, as the log stores it (the state before the grade was given). */
export interface ReviewRecord {
  rating: GradeValue;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
}

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true, request_retention: 0.9 });

function toCard(s: CardState | null, now: Date): Card {
  if (s === null) return createEmptyCard(now);
  const card: Card = {
    due: s.due,
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
  };
  if (s.lastReview) card.last_review = s.lastReview;
  return card;
}

function fromCard(c: Card): CardState {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

function fromLog(l: ReviewLog): ReviewRecord {
  return {
    rating: l.rating as GradeValue,
    state: l.state,
    due: l.due,
    stability: l.stability,
    difficulty: l.difficulty,
    elapsedDays: l.elapsed_days,
    lastElapsedDays: l.last_elapsed_days,
    scheduledDays: l.scheduled_days,
    learningSteps: l.learning_steps,
    reviewedAt: l.review,
  };
}

const RATING: Record<GradeValue, Grade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };

/** The card's next state after a grade, and the log record of the review. */
export function applyGrade(state: CardState | null, grade: GradeValue, now: Date): { state: CardState; log: ReviewRecord } {
  const result = scheduler.next(toCard(state, now), now, RATING[grade]);
  return { state: fromCard(result.card), log: fromLog(result.log) };
}

/** "1m", "10m", "3h", "4d", "2mo", "1.2y": how long until a date. */
export function formatInterval(from: Date, to: Date): string {
  const minutes = Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${Math.max(1, minutes)}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  return `${Math.round((days / 365) * 10) / 10}y`;
}

/** For each grade, when the card would be due again ("Good · 10m"). */
export function previewIntervals(state: CardState | null, now: Date): Record<GradeValue, string> {
  const out = { 1: "", 2: "", 3: "", 4: "" } as Record<GradeValue, string>;
  for (const g of GRADES) out[g.value] = formatInterval(now, applyGrade(state, g.value, now).state.due);
  return out;
}

export interface QueueItem {
  card: Flashcard;
  isNew: boolean;
  due: Date | null;
  intervals: Record<GradeValue, string>;
}

export interface QueueInput {
  cards: readonly Flashcard[];
  states: ReadonlyMap<string, CardState>;
  now: Date;
  /** New cards already introduced today. */
  newToday: number;
  newPerDay?: number;
  limit?: number;
}

/** Today's queue: every due card (most overdue first), then new cards up to the day's allowance, taken from each deck in turn. */
export function buildQueue(input: QueueInput): QueueItem[] {
  const { cards, states, now } = input;
  const limit = input.limit ?? 200;
  const due: QueueItem[] = [];
  const fresh: QueueItem[] = [];
  const allowance = Math.max(0, (input.newPerDay ?? NEW_CARDS_PER_DAY) - input.newToday);
  // New cards wait per deck, in lesson order; the day's allowance is dealt from the decks in turn.
  const unseen = new Map<string, Flashcard[]>();
  for (const card of cards) {
    const state = states.get(card.id);
    if (state === undefined) {
      const list = unseen.get(card.deck);
      if (list) list.push(card);
      else unseen.set(card.deck, [card]);
    } else if (state.due.getTime() <= now.getTime()) {
      due.push({ card, isNew: false, due: state.due, intervals: previewIntervals(state, now) });
    }
  }
  // Decks take turns in their listed order (word parts first, lesson checks last).
  const lists = [...unseen.entries()].sort(([a], [b]) => deckRank(a) - deckRank(b)).map(([, l]) => l);
  for (let round = 0; fresh.length < allowance && lists.some((l) => l.length > round); round++) {
    for (const list of lists) {
      const card = list[round];
      if (card && fresh.length < allowance) fresh.push({ card, isNew: true, due: null, intervals: previewIntervals(null, now) });
    }
  }
  due.sort((a, b) => (a.due?.getTime() ?? 0) - (b.due?.getTime() ?? 0) || a.card.id.localeCompare(b.card.id));
  return [...due, ...fresh].slice(0, limit);
}

export interface DrillStats {
  /** Cards due now. */
  due: number;
  /** New cards still on offer today. */
  newAvailable: number;
  /** Cards in the Review state (past their learning steps). */
  learned: number;
  /** Cards started (seen at least once). */
  started: number;
  total: number;
  reviewsToday: number;
  /** Share of reviews of learned cards in the last 30 days that were not "Again"; null with no such reviews. */
  retention: number | null;
}

export interface StatsInput {
  cards: readonly Flashcard[];
  states: ReadonlyMap<string, CardState>;
  now: Date;
  newToday: number;
  reviewsToday: number;
  /** Reviews of cards that were in the Review state, last 30 days: how many, and how many were not "Again". */
  recentReviews: { total: number; recalled: number };
  newPerDay?: number;
}

export function drillStats(input: StatsInput): DrillStats {
  let due = 0;
  let learned = 0;
  let started = 0;
  let unseen = 0;
  for (const card of input.cards) {
    const s = input.states.get(card.id);
    if (s === undefined) {
      unseen++;
      continue;
    }
    started++;
    if (s.state === State.Review) learned++;
    if (s.due.getTime() <= input.now.getTime()) due++;
  }
  const allowance = Math.max(0, (input.newPerDay ?? NEW_CARDS_PER_DAY) - input.newToday);
  const { total, recalled } = input.recentReviews;
  return {
    due,
    newAvailable: Math.min(unseen, allowance),
    learned,
    started,
    total: input.cards.length,
    reviewsToday: input.reviewsToday,
    retention: total === 0 ? null : recalled / total,
  };
}

/** Midnight UTC of the day of `now`: the boundary of "today" for the new-card allowance. */
export function startOfDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
