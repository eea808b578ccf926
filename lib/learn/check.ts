/**
 * Scoring of a lesson's check-your-understanding questions, on the server: the key never goes to
 * the browser before the student answers.
 */
import type { Lesson } from "./lessons";

export interface CheckQuestionView {
  question: string;
  options: string[];
}

export interface CheckFeedback {
  correct: number;
  total: number;
  /** 0–1. */
  score: number;
  results: { chosen: number; answer: number; correct: boolean; rationale: string }[];
}

/** What the browser may see before answering: questions and options only. */
export function checkQuestions(lesson: Lesson): CheckQuestionView[] {
  return lesson.check.map((q) => ({ question: q.question, options: [...q.options] }));
}

/** Scores answers (one option index per question; -1 for none) against the lesson's key. */
export function scoreCheck(lesson: Lesson, answers: readonly number[]): CheckFeedback {
  const results = lesson.check.map((q, i) => {
    const chosen = answers[i] ?? -1;
    return { chosen, answer: q.answer, correct: chosen === q.answer, rationale: q.rationale };
  });
  const correct = results.filter((r) => r.correct).length;
  const total = results.length;
  return { correct, total, score: total === 0 ? 0 : correct / total, results };
}
