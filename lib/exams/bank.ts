/** The built-in question bank: YAML files in content/questions, validated by the content schema. */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { questionFileSchema, type QuestionItem, type Scenario } from "../content/schema";

export interface Bank {
  items: QuestionItem[];
  scenarios: Scenario[];
  /** file each item came from, for error messages */
  origin: Map<string, string>;
}

export class BankError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "BankError";
  }
}

function listYaml(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listYaml(full));
    else if (/\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

export function defaultBankDir(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "content", "questions");
}

/** Loads and validates every bank file; the first problem stops the load with the file and the reason. */
export function loadBank(dir = defaultBankDir()): Bank {
  const items: QuestionItem[] = [];
  const scenarios: Scenario[] = [];
  const origin = new Map<string, string>();
  const scenarioIds = new Set<string>();
  for (const file of listYaml(dir)) {
    const rel = path.relative(process.cwd(), file);
    let raw: unknown;
    try {
      raw = parse(fs.readFileSync(file, "utf8"));
    } catch (error) {
      throw new BankError(rel, `not valid YAML: ${(error as Error).message.split("\n")[0]}`);
    }
    const parsed = questionFileSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new BankError(rel, `${issue?.path.join(".")}: ${issue?.message}`);
    }
    for (const s of parsed.data.scenarios) {
      if (scenarioIds.has(s.id)) throw new BankError(rel, `duplicate scenario id ${s.id}`);
      scenarioIds.add(s.id);
      scenarios.push(s);
    }
    for (const item of parsed.data.items) {
      if (origin.has(item.id)) throw new BankError(rel, `duplicate item id ${item.id} (also in ${origin.get(item.id)})`);
      origin.set(item.id, rel);
      items.push(item);
    }
  }
  for (const item of items) {
    if (item.scenario && !scenarioIds.has(item.scenario)) {
      throw new BankError(origin.get(item.id) ?? "?", `item ${item.id} names unknown scenario ${item.scenario}`);
    }
    if (item.type === "case" && !item.record && !item.scenario) {
      throw new BankError(origin.get(item.id) ?? "?", `case ${item.id} has neither a record nor a scenario`);
    }
    if (item.type !== "case") {
      const ids = new Set(item.options.map((o) => o.id));
      if (ids.size !== item.options.length) throw new BankError(origin.get(item.id) ?? "?", `item ${item.id} repeats an option id`);
      const answers = item.type === "single" ? [item.answer] : item.answer;
      for (const a of answers) {
        if (!ids.has(a)) throw new BankError(origin.get(item.id) ?? "?", `item ${item.id} answer ${a} is not an option`);
      }
    }
  }
  return { items, scenarios, origin };
}

export function contentHash(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
}
