import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ExamRunner } from "@/components/exams/exam-runner";
import { requireArea } from "@/lib/auth/session";
import { getCodeLibrary } from "@/lib/codes/library";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { openAttempt } from "@/lib/exams/attempts";

export const metadata: Metadata = { title: "Exam in progress" };

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireArea("exams", `/exams/${attemptId}`);
  let view;
  try {
    view = await openAttempt(await getDb(), attemptId, user.id, await getCodeLibrary());
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  if (view.status === "submitted") redirect(`/exams/${attemptId}/results`);
  return (
    <ExamRunner
      attemptId={view.attempt.id}
      title={view.attempt.config.title}
      items={view.items}
      answers={view.answers}
      deadline={view.attempt.deadlineAt.toISOString()}
      serverNow={view.serverNow}
      startPosition={view.attempt.lastPosition}
      feedback={view.attempt.config.feedback}
      durationMinutes={view.attempt.config.durationMinutes}
    />
  );
}
