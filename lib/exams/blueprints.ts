/**
 * Exam blueprints. CPC-style: 100 items, 4 hours, 70% to pass, items drawn per domain in the
 * proportions of AAPC's published content areas. CCS-style: about 107 items (97 multiple choice
 * plus scenario items), 4 hours, in the proportions of AHIMA's content outline. Counts live here only.
 */
import { CCS_DOMAINS, CPC_DOMAINS } from "../content/schema";

export type BlueprintId = "cpc" | "ccs" | "quiz";

export interface Blueprint {
  id: BlueprintId;
  title: string;
  description: string;
  durationMinutes: number;
  /** Percentage needed to pass. */
  passMark: number;
  /** Items per primary domain (an item's first domain). */
  domainCounts: Record<string, number>;
  /** Scenario items (CCS medical scenarios) drawn in addition to domainCounts. */
  scenarioItems: number;
  /** Which item types the blueprint draws. */
  types: ("single" | "multiple" | "case")[];
}

export const CPC_BLUEPRINT: Blueprint = {
  id: "cpc",
  title: "CPC-style practice exam",
  description: "100 multiple-choice items across the CPC content areas, 4 hours, 70% to pass — like AAPC's exam.",
  durationMinutes: 240,
  passMark: 70,
  domainCounts: {
    "cpt-10000": 6,
    "cpt-20000": 7,
    "cpt-30000": 7,
    "cpt-40000": 7,
    "cpt-50000": 7,
    "cpt-60000": 6,
    em: 8,
    anesthesia: 5,
    radiology: 5,
    "pathology-lab": 5,
    medicine: 5,
    terminology: 4,
    anatomy: 4,
    icd10cm: 10,
    hcpcs: 4,
    guidelines: 5,
    compliance: 5,
  },
  scenarioItems: 0,
  types: ["single", "multiple"],
};

export const CCS_BLUEPRINT: Blueprint = {
  id: "ccs",
  title: "CCS-style practice exam",
  description: "97 multiple-choice and multiple-response items plus medical scenarios, 4 hours — like AHIMA's exam.",
  durationMinutes: 240,
  passMark: 70,
  domainCounts: {
    "ccs-documentation": 10,
    "ccs-dx-coding": 25,
    "ccs-px-coding": 22,
    "ccs-regulatory": 15,
    "ccs-reimbursement": 10,
    "ccs-data-quality": 7,
    "ccs-compliance": 8,
  },
  scenarioItems: 10,
  types: ["single", "multiple"],
};

export const BLUEPRINTS = { cpc: CPC_BLUEPRINT, ccs: CCS_BLUEPRINT } as const;

export function blueprintItemCount(b: Blueprint): number {
  return Object.values(b.domainCounts).reduce((a, n) => a + n, 0) + b.scenarioItems;
}

export function domainLabel(id: string): string {
  return (CPC_DOMAINS as Record<string, string>)[id] ?? (CCS_DOMAINS as Record<string, string>)[id] ?? id;
}

export interface QuizOptions {
  domains: string[];
  count: number;
  durationMinutes: number;
  feedback: "end" | "immediate";
  /** Coding cases: left out, mixed in, or the only item type. */
  cases: "exclude" | "include" | "only";
}

/** A short custom quiz: the chosen domains share the count as evenly as the bank allows. */
export function quizBlueprint(options: QuizOptions): Blueprint {
  const counts: Record<string, number> = {};
  const per = Math.floor(options.count / options.domains.length);
  let extra = options.count - per * options.domains.length;
  for (const d of options.domains) {
    counts[d] = per + (extra > 0 ? 1 : 0);
    extra--;
  }
  return {
    id: "quiz",
    title: `Quiz: ${options.domains.map(domainLabel).join(", ")}`.slice(0, 120),
    description: `${options.count} items, ${options.durationMinutes} minutes`,
    durationMinutes: options.durationMinutes,
    passMark: 70,
    domainCounts: counts,
    scenarioItems: 0,
    types: options.cases === "only" ? ["case"] : options.cases === "include" ? ["single", "multiple", "case"] : ["single", "multiple"],
  };
}
