import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Exams" };

export default async function Page() {
  await requireArea("exams", "/exams");
  return (
    <>
      <PageHeader title="Exams" description="Timed CPC- and CCS-style practice exams and short quizzes, scored by the code-validation engine." />
      <ComingSoon title="Practice exams">
        <p>CPC-style (100 items, 4 hours, 70% to pass) and CCS-style exams with a server-kept timer, a navigator, flags and strike-through, then results by domain with rationales and line-by-line feedback on coding cases.</p>
      </ComingSoon>
    </>
  );
}
