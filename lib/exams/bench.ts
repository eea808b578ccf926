/** Figures for npm run bench: scoring a 100-item attempt with 20 coding cases. */
import type { CodeLibrary } from "../coding/types";
import type { QuestionItem } from "../content/schema";
import type { ItemResponse } from "./responses";
import { scoreAttempt, type AnswerForScoring } from "./scoring";
import { seededRandom } from "./select-items";

function responseFor(item: QuestionItem, random: () => number): ItemResponse {
  if (item.type === "single") return { kind: "single", choice: (["a", "b", "c", "d"] as const)[Math.floor(random() * 4)] ?? "a" };
  if (item.type === "multiple") return { kind: "multiple", choices: random() < 0.5 ? item.answer : ["a", "b"] };
  // A coding case answered like a student would: mostly right, one code off, a modifier missing.
  const dx = [item.key.diagnoses.principal, ...item.key.diagnoses.required];
  if (random() < 0.5 && dx.length > 1) dx.pop();
  return {
    kind: "case",
    diagnoses: random() < 0.3 ? [...dx.slice(1), dx[0]!] : dx,
    procedures: item.key.procedures.map((p) => ({ code: p.code, modifiers: random() < 0.3 ? [] : p.modifiers, units: p.units })),
  };
}

export interface ScoringBench {
  items: number;
  cases: number;
  runs: number;
  medianMs: number;
  maxMs: number;
}

export function benchScoring(bank: QuestionItem[], library: CodeLibrary, runs = 50): ScoringBench {
  const random = seededRandom(2026);
  const cases = bank.filter((i) => i.type === "case").slice(0, 20);
  const others = bank.filter((i) => i.type !== "case").slice(0, 100 - cases.length);
  const items = [...others, ...cases];
  const answers: AnswerForScoring[] = items.map((item, position) => ({ position, response: responseFor(item, random), timeSpentMs: 60_000 }));
  scoreAttempt(items, answers, 70, library);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    scoreAttempt(items, answers, 70, library);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { items: items.length, cases: cases.length, runs, medianMs: round(times[Math.floor(runs / 2)] ?? 0), maxMs: round(times.at(-1) ?? 0) };
}
