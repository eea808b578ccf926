import { sql } from "drizzle-orm";
import type { Db } from "../db/connection";
import { questions } from "../db/schema";

/** Active items per primary domain (an item's first domain). */
export async function bankCounts(db: Db): Promise<{ domain: string; items: number }[]> {
  const rows = await db
    .select({ domain: sql<string>`${questions.domains}[1]`, items: sql<number>`count(*)::int` })
    .from(questions)
    .where(sql`${questions.status} = 'active' and ${questions.scenarioId} is null`)
    .groupBy(sql`${questions.domains}[1]`)
    .orderBy(sql`${questions.domains}[1]`);
  return rows;
}
