import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Question bank" };

export default async function Page() {
  await requireArea("questionBank", "/question-bank");
  return (
    <>
      <PageHeader title="Question bank" description="Author questions and quizzes and see which questions work." />
      <ComingSoon title="Authoring and item analysis">
        <p>Write single-answer, multiple-response and coding-case items whose keys are checked by the validator, assemble quizzes, and read item analysis: difficulty, discrimination and distractor choice.</p>
      </ComingSoon>
    </>
  );
}
