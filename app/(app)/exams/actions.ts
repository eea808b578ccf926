"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireArea } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { startAttempt } from "@/lib/exams/attempts";
import { BLUEPRINTS, quizBlueprint } from "@/lib/exams/blueprints";
import { DOMAIN_IDS } from "@/lib/content/schema";
import { isAppError } from "@/lib/errors";

export interface StartState {
  error?: string;
}

const startSchema = z.discriminatedUnion("blueprint", [
  z.object({ blueprint: z.enum(["cpc", "ccs"]) }),
  z.object({
    blueprint: z.literal("quiz"),
    domains: z.array(z.enum(DOMAIN_IDS)).min(1, "Pick at least one domain."),
    count: z.coerce.number().int().min(3, "At least 3 items.").max(60, "At most 60 items."),
    minutes: z.coerce.number().int().min(1, "At least 1 minute.").max(240, "At most 240 minutes."),
    feedback: z.enum(["end", "immediate"]).default("end"),
    cases: z.enum(["exclude", "include", "only"]).default("exclude"),
  }),
]);

export async function startExamAction(_prev: StartState, formData: FormData): Promise<StartState> {
  const user = await requireArea("exams");
  const parsed = startSchema.safeParse({
    blueprint: formData.get("blueprint"),
    domains: formData.getAll("domains"),
    count: formData.get("count") ?? undefined,
    minutes: formData.get("minutes") ?? undefined,
    feedback: formData.get("feedback") ?? undefined,
    cases: formData.get("cases") ?? undefined,
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form." };
  const input = parsed.data;
  const blueprint =
    input.blueprint === "quiz"
      ? quizBlueprint({ domains: input.domains, count: input.count, durationMinutes: input.minutes, feedback: input.feedback, cases: input.cases })
      : BLUEPRINTS[input.blueprint];
  let attemptId: string;
  try {
    const attempt = await startAttempt(await getDb(), {
      userId: user.id,
      blueprint,
      feedback: input.blueprint === "quiz" ? input.feedback : "end",
    });
    attemptId = attempt.id;
  } catch (error) {
    if (isAppError(error)) return { error: error.message };
    throw error;
  }
  redirect(`/exams/${attemptId}`);
}
