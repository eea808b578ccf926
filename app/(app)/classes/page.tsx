import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Classes" };

export default async function Page() {
  await requireArea("classes", "/classes");
  return (
    <>
      <PageHeader title="Classes" description="Run classes for your students and follow their progress." />
      <ComingSoon title="Class management">
        <p>Create a class, invite students by link, assign lessons and quizzes, and see each student&apos;s progress and exam results by domain.</p>
      </ComingSoon>
    </>
  );
}
