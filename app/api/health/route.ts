import { sql } from "drizzle-orm";
import { getDatabase } from "@/lib/db/runtime";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const handle = await getDatabase();
    await handle.db.execute(sql`select 1`);
    return Response.json({ ok: true, database: handle.driver });
  } catch (error) {
    return Response.json({ ok: false, error: (error as Error).message }, { status: 503 });
  }
}
