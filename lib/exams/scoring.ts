/** Scores an attempt: pure, deterministic, and explained item by item. */
import type { CaseScore } from "../coding/claim-types";
import { scoreCase } from "../coding/score";
import type { CodeLibrary } from "../coding/types";
import type { QuestionItem } from "../content/schema";
import type { ItemResponse } from "./responses";

export interface ScoredItem {
  position: number;
  itemId: string;
  type: QuestionItem["type"];
  domains: string[];
  /** 0..1 */
  credit: number;
  answered: boolean;
  timeSpentMs: number;
  response: ItemResponse | null;
  caseScore?: CaseScore;
}

export interface DomainScore {
  domain: string;
  items: number;
  credit: number;
  percent: number;
}

export interface AttemptResult {
  percent: number;
  passed: boolean;
  passMark: number;
  credit: number;
  items: number;
  answered: number;
  timeUsedMs: number;
  domains: DomainScore[];
  scored: ScoredItem[];
}

/** The date a key is coded for: mid-way through the code year's first quarter. */
export function keyDate(codeYear: number): string {
  return `${codeYear}-01-15`;
}

export function scoreItem(item: QuestionItem, response: ItemResponse | null, library: CodeLibrary): { credit: number; caseScore?: CaseScore } {
  if (!response) return { credit: 0 };
  switch (item.type) {
    case "single":
      return { credit: response.kind === "single" && response.choice === item.answer ? 1 : 0 };
    case "multiple": {
      if (response.kind !== "multiple") return { credit: 0 };
      const chosen = new Set(response.choices);
      const exact = chosen.size === item.answer.length && item.answer.every((a) => chosen.has(a));
      return { credit: exact ? 1 : 0 };
    }
    case "case": {
      if (response.kind !== "case") return { credit: 0 };
      const caseScore = scoreCase(
        {
          diagnoses: response.diagnoses.filter((c) => c.trim() !== ""),
          procedures: response.procedures.filter((p) => p.code.trim() !== ""),
        },
        {
          setting: item.key.setting,
          date: keyDate(item.codeYear),
          diagnoses: item.key.diagnoses,
          procedures: item.key.procedures,
        },
        library,
      );
      return { credit: caseScore.score, caseScore };
    }
  }
}

export interface AnswerForScoring {
  position: number;
  response: ItemResponse | null;
  timeSpentMs: number;
}

export function scoreAttempt(
  items: QuestionItem[],
  answers: AnswerForScoring[],
  passMark: number,
  library: CodeLibrary,
): AttemptResult {
  const byPosition = new Map(answers.map((a) => [a.position, a]));
  const scored: ScoredItem[] = items.map((item, position) => {
    const answer = byPosition.get(position);
    const response = answer?.response ?? null;
    const { credit, caseScore } = scoreItem(item, response, library);
    return {
      position,
      itemId: item.id,
      type: item.type,
      domains: item.domains,
      credit,
      answered: response !== null && isAnswered(response),
      timeSpentMs: answer?.timeSpentMs ?? 0,
      response,
      ...(caseScore ? { caseScore } : {}),
    };
  });
  const domainMap = new Map<string, { items: number; credit: number }>();
  for (const s of scored) {
    for (const d of s.domains) {
      const entry = domainMap.get(d) ?? { items: 0, credit: 0 };
      entry.items += 1;
      entry.credit += s.credit;
      domainMap.set(d, entry);
    }
  }
  const domains = [...domainMap.entries()]
    .map(([domain, v]) => ({ domain, items: v.items, credit: round(v.credit), percent: round((100 * v.credit) / v.items) }))
    .sort((a, b) => a.percent - b.percent || b.items - a.items || a.domain.localeCompare(b.domain));
  const credit = scored.reduce((a, s) => a + s.credit, 0);
  const percent = items.length ? round((100 * credit) / items.length) : 0;
  return {
    percent,
    passed: percent >= passMark,
    passMark,
    credit: round(credit),
    items: items.length,
    answered: scored.filter((s) => s.answered).length,
    timeUsedMs: scored.reduce((a, s) => a + s.timeSpentMs, 0),
    domains,
    scored,
  };
}

export function isAnswered(response: ItemResponse): boolean {
  switch (response.kind) {
    case "single":
      return response.choice !== null;
    case "multiple":
      return response.choices.length > 0;
    case "case":
      return response.diagnoses.some((d) => d.trim()) || response.procedures.some((p) => p.code.trim());
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
