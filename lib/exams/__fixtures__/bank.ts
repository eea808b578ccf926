import type { QuestionItem, Scenario } from "../../content/schema";
import type { Bank } from "../bank";

function single(id: string, domain: string, answer: "a" | "b" | "c" | "d", exams: ("cpc" | "ccs")[] = ["cpc"]): QuestionItem {
  return {
    id,
    type: "single",
    domains: [domain],
    exams,
    difficulty: 2,
    codeYear: 2026,
    stem: `Stem of ${id}: which option is right?`,
    rationale: `Rationale of ${id}, explaining the right answer.`,
    options: (["a", "b", "c", "d"] as const).map((o) => ({ id: o, text: `Option ${o}`, why: `Why option ${o} is or is not right.` })),
    answer,
  };
}

/** A small bank: 6 CPC items in em, 4 in icd10cm, a multiple-response item, a scenario with two CCS items. */
export function fixtureBank(): Bank {
  const items: QuestionItem[] = [
    ...Array.from({ length: 6 }, (_, i) => single(`fx-em-${i + 1}`, "em", "b")),
    ...Array.from({ length: 4 }, (_, i) => single(`fx-dx-${i + 1}`, "icd10cm", "c")),
    {
      id: "fx-multi-1",
      type: "multiple",
      domains: ["guidelines"],
      exams: ["cpc"],
      difficulty: 2,
      codeYear: 2026,
      stem: "Select the two true statements.",
      rationale: "Both a and d are true, as the rationale explains.",
      options: (["a", "b", "c", "d"] as const).map((o) => ({ id: o, text: `Statement ${o}`, why: `Why statement ${o} is or is not true.` })),
      answer: ["a", "d"],
    },
    { ...single("fx-sc-1", "ccs-dx-coding", "a", ["ccs"]), scenario: "fx-scenario" },
    { ...single("fx-sc-2", "ccs-dx-coding", "d", ["ccs"]), scenario: "fx-scenario" },
  ];
  const scenarios: Scenario[] = [
    {
      id: "fx-scenario",
      title: "Synthetic discharge summary",
      record: {
        kind: "discharge-summary",
        title: "Discharge summary",
        text: "A synthetic patient was admitted with a synthetic condition, treated, and discharged home in stable condition after three days.",
      },
    },
  ];
  return { items, scenarios, origin: new Map(items.map((i) => [i.id, "fixture"])) };
}
