import { describe, expect, it } from "vitest";
import { fixtureBank } from "./__fixtures__/bank";
import { quizBlueprint, type Blueprint } from "./blueprints";
import { seededRandom, selectItems } from "./select-items";

const bp: Blueprint = {
  id: "cpc",
  title: "t",
  description: "d",
  durationMinutes: 10,
  passMark: 70,
  domainCounts: { em: 2, icd10cm: 2 },
  scenarioItems: 0,
  types: ["single", "multiple"],
};

describe("drawing items", () => {
  it("takes the blueprint's count per primary domain, in blueprint order", () => {
    const draw = selectItems(fixtureBank().items, bp, new Set(), seededRandom(7));
    expect(draw.items.map((i) => i.domains[0])).toEqual(["em", "em", "icd10cm", "icd10cm"]);
    expect(draw.shortfalls).toEqual([]);
  });

  it("is reproducible with the same seed and varies with another", () => {
    const a = selectItems(fixtureBank().items, bp, new Set(), seededRandom(1)).items.map((i) => i.id);
    const b = selectItems(fixtureBank().items, bp, new Set(), seededRandom(1)).items.map((i) => i.id);
    const others = [2, 3, 4, 5].map((s) => selectItems(fixtureBank().items, bp, new Set(), seededRandom(s)).items.map((i) => i.id).join());
    expect(a).toEqual(b);
    expect(others.some((o) => o !== a.join())).toBe(true);
  });

  it("prefers unseen items and falls back to seen ones when the bank runs out", () => {
    const seen = new Set(["fx-em-1", "fx-em-2", "fx-em-3", "fx-em-4", "fx-em-5"]);
    const draw = selectItems(fixtureBank().items, { ...bp, domainCounts: { em: 2 } }, seen, seededRandom(3));
    expect(draw.items[0]?.id).toBe("fx-em-6");
    expect(draw.items).toHaveLength(2);
  });

  it("reports a shortfall when the bank has too few items", () => {
    const draw = selectItems(fixtureBank().items, { ...bp, domainCounts: { em: 9 } }, new Set(), seededRandom(3));
    expect(draw.shortfalls).toEqual([{ domain: "em", wanted: 9, got: 6 }]);
  });

  it("keeps an exam's items to that exam and draws whole scenarios", () => {
    const ccs: Blueprint = { ...bp, id: "ccs", domainCounts: { em: 2 }, scenarioItems: 2 };
    const draw = selectItems(fixtureBank().items, ccs, new Set(), seededRandom(3));
    expect(draw.items.map((i) => i.id).sort()).toEqual(["fx-sc-1", "fx-sc-2"]);
    expect(draw.shortfalls).toEqual([{ domain: "em", wanted: 2, got: 0 }]);
  });

  it("spreads a quiz's count over the chosen domains", () => {
    const quiz = quizBlueprint({ domains: ["em", "icd10cm", "guidelines"], count: 5, durationMinutes: 5, feedback: "end", cases: "exclude" });
    expect(quiz.domainCounts).toEqual({ em: 2, icd10cm: 2, guidelines: 1 });
    const draw = selectItems(fixtureBank().items, quiz, new Set(), seededRandom(9));
    expect(draw.items).toHaveLength(5);
  });
});
