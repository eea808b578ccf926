/** Draws an attempt's items from the bank per the blueprint, avoiding recently seen items while the bank allows. */
import type { QuestionItem } from "../content/schema";
import type { Blueprint } from "./blueprints";

export type Random = () => number;

/** A small seeded generator, so a draw can be reproduced in tests. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(list: T[], random: Random): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface Draw {
  items: QuestionItem[];
  /** Domains where the bank had fewer eligible items than the blueprint asks for. */
  shortfalls: { domain: string; wanted: number; got: number }[];
}

function eligible(item: QuestionItem, blueprint: Blueprint): boolean {
  if (!blueprint.types.includes(item.type)) return false;
  if (blueprint.id === "quiz") return true;
  return item.exams.includes(blueprint.id);
}

export function selectItems(bank: QuestionItem[], blueprint: Blueprint, seen: ReadonlySet<string>, random: Random): Draw {
  const picked: QuestionItem[] = [];
  const shortfalls: Draw["shortfalls"] = [];
  const used = new Set<string>();
  const freshFirst = (list: QuestionItem[]) => [
    ...shuffle(list.filter((i) => !seen.has(i.id)), random),
    ...shuffle(list.filter((i) => seen.has(i.id)), random),
  ];

  for (const [domain, wanted] of Object.entries(blueprint.domainCounts)) {
    const candidates = bank.filter((i) => !i.scenario && eligible(i, blueprint) && i.domains[0] === domain && !used.has(i.id));
    // A quiz may draw items that carry the domain anywhere in their tags.
    const pool = candidates.length >= wanted || blueprint.id !== "quiz"
      ? candidates
      : [...candidates, ...bank.filter((i) => !i.scenario && eligible(i, blueprint) && i.domains.includes(domain) && !used.has(i.id) && !candidates.includes(i))];
    const chosen = freshFirst(pool).slice(0, wanted);
    for (const c of chosen) used.add(c.id);
    picked.push(...chosen);
    if (chosen.length < wanted) shortfalls.push({ domain, wanted, got: chosen.length });
  }

  if (blueprint.scenarioItems > 0) {
    const groups = new Map<string, QuestionItem[]>();
    for (const item of bank) {
      if (!item.scenario || !item.exams.includes(blueprint.id === "quiz" ? "ccs" : blueprint.id)) continue;
      groups.set(item.scenario, [...(groups.get(item.scenario) ?? []), item]);
    }
    const order = freshFirstGroups([...groups.values()], seen, random);
    let count = 0;
    for (const group of order) {
      if (count >= blueprint.scenarioItems) break;
      const take = group.slice(0, blueprint.scenarioItems - count);
      picked.push(...take);
      count += take.length;
    }
    if (count < blueprint.scenarioItems) shortfalls.push({ domain: "scenarios", wanted: blueprint.scenarioItems, got: count });
  }
  return { items: picked, shortfalls };
}

function freshFirstGroups(groups: QuestionItem[][], seen: ReadonlySet<string>, random: Random): QuestionItem[][] {
  const fresh = groups.filter((g) => g.every((i) => !seen.has(i.id)));
  const rest = groups.filter((g) => !fresh.includes(g));
  return [...shuffle(fresh, random), ...shuffle(rest, random)];
}
