import { getDb } from "@/lib/db";
import { saveAnswer } from "@/lib/exams/attempts";
import { saveAnswerSchema } from "@/lib/exams/responses";
import { readJson, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Saves one answer of the caller's own attempt. 200 with the stored revision; 410 once time is up or the exam is submitted. */
export const PUT = route<{ params: Promise<{ id: string }> }>(["student", "instructor", "admin"], async (request, { params }, user) => {
  const started = performance.now();
  const { id } = await params;
  const input = saveAnswerSchema.parse(await readJson(request));
  const result = await saveAnswer(await getDb(), id, user!.id, input);
  // Server time of the save, read by the load benchmark (scripts/bench/save-load.ts).
  return Response.json(result, { headers: { "server-timing": `save;dur=${(performance.now() - started).toFixed(2)}` } });
});
