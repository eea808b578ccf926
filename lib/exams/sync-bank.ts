import { and, eq, notInArray, sql } from "drizzle-orm";
import type { Db } from "../db/connection";
import { questions, scenarios } from "../db/schema";
import { contentHash, type Bank } from "./bank";

export interface SyncReport {
  inserted: number;
  updated: number;
  unchanged: number;
  retired: number;
  scenarios: number;
}

/**
 * Loads the built-in bank into the database: new items inserted, changed ones updated,
 * items gone from content/ retired (kept for old attempts, never drawn again).
 */
export async function syncBuiltinBank(db: Db, bank: Bank): Promise<SyncReport> {
  const report: SyncReport = { inserted: 0, updated: 0, unchanged: 0, retired: 0, scenarios: 0 };
  const existing = new Map(
    (await db.select({ id: questions.id, hash: questions.contentHash, status: questions.status }).from(questions).where(eq(questions.source, "builtin"))).map(
      (r) => [r.id, r],
    ),
  );
  await db.transaction(async (tx) => {
    for (const s of bank.scenarios) {
      const values = { id: s.id, title: s.title, record: s.record, contentHash: contentHash(s) };
      await tx.insert(scenarios).values(values).onConflictDoUpdate({ target: scenarios.id, set: values });
      report.scenarios++;
    }
    for (const item of bank.items) {
      const hash = contentHash(item);
      const before = existing.get(item.id);
      if (before && before.hash === hash && before.status === "active") {
        report.unchanged++;
        continue;
      }
      const values = {
        id: item.id,
        source: "builtin" as const,
        type: item.type,
        domains: item.domains,
        exams: item.exams,
        difficulty: item.difficulty,
        codeYear: item.codeYear,
        scenarioId: item.scenario ?? null,
        item,
        contentHash: hash,
        status: "active" as const,
        updatedAt: new Date(),
      };
      await tx.insert(questions).values(values).onConflictDoUpdate({ target: questions.id, set: values });
      if (before) report.updated++;
      else report.inserted++;
    }
    const ids = bank.items.map((i) => i.id);
    const retired = await tx
      .update(questions)
      .set({ status: "retired", updatedAt: new Date() })
      .where(
        and(
          eq(questions.source, "builtin"),
          eq(questions.status, "active"),
          ids.length ? notInArray(questions.id, ids) : sql`true`,
        ),
      )
      .returning({ id: questions.id });
    report.retired = retired.length;
  });
  return report;
}
