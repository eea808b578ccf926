/**
 * What the browser may see of an item while an attempt is open: stem, options and record,
 * never the key, the rationales or the options' explanations.
 */
import type { QuestionItem, Scenario } from "../content/schema";

export type PublicItem =
  | {
      id: string;
      type: "single" | "multiple";
      stem: string;
      options: { id: string; text: string }[];
      /** For multiple response: how many to select, when the key has a fixed count. */
      select: number | null;
      scenario: { id: string; title: string; record: Scenario["record"] } | null;
      domains: string[];
    }
  | {
      id: string;
      type: "case";
      stem: string;
      record: Scenario["record"] | null;
      setting: "inpatient" | "outpatient" | "professional";
      /** Whether the key has procedures (the form asks for them only then). */
      asksProcedures: boolean;
      scenario: { id: string; title: string; record: Scenario["record"] } | null;
      domains: string[];
    };

export function toPublicItem(item: QuestionItem, scenarios: ReadonlyMap<string, Scenario>): PublicItem {
  const scenario = item.scenario ? scenarios.get(item.scenario) : undefined;
  const publicScenario = scenario ? { id: scenario.id, title: scenario.title, record: scenario.record } : null;
  if (item.type === "case") {
    return {
      id: item.id,
      type: "case",
      stem: item.stem,
      record: item.record ?? null,
      setting: item.key.setting,
      asksProcedures: item.key.procedures.length > 0,
      scenario: publicScenario,
      domains: item.domains,
    };
  }
  return {
    id: item.id,
    type: item.type,
    stem: item.stem,
    options: item.options.map((o) => ({ id: o.id, text: o.text })),
    select: item.type === "multiple" ? item.answer.length : null,
    scenario: publicScenario,
    domains: item.domains,
  };
}
