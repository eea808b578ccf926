import { getCodeLibrary } from "@/lib/codes/library";
import { getDb } from "@/lib/db";
import { submitAttempt } from "@/lib/exams/attempts";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Submits the caller's own attempt. Submitting twice scores once and returns the same result. */
export const POST = route<{ params: Promise<{ id: string }> }>(["student", "instructor", "admin"], async (_request, { params }, user) => {
  const { id } = await params;
  const attempt = await submitAttempt(await getDb(), id, user!.id, "user", await getCodeLibrary());
  return Response.json({
    id: attempt.id,
    status: attempt.status,
    submittedAt: attempt.submittedAt,
    submitReason: attempt.submitReason,
    score: attempt.score,
    passed: attempt.passed,
    resultsUrl: `/exams/${attempt.id}/results`,
  });
});
