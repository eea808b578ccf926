import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Assessments" };

export default async function Page() {
  await requireArea("assessments", "/assessments");
  return (
    <>
      <PageHeader title="Assessments" description="Send candidates a timed coding assessment and get a report you can trust." />
      <ComingSoon title="Candidate assessments">
        <p>Invite a candidate by email to a timed assessment built from coding cases; the report shows accuracy by code set, time used and every line the validator flagged.</p>
      </ComingSoon>
    </>
  );
}
