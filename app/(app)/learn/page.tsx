import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Learn" };

export default async function Page() {
  await requireArea("learn", "/learn");
  return (
    <>
      <PageHeader title="Learn" description="Lessons on anatomy, terminology and the code sets, a code browser and spaced-repetition drills." />
      <ComingSoon title="Lessons, code browser and drills">
        <p>Tracks for anatomy, terminology, ICD-10-CM, ICD-10-PCS, CPT, HCPCS Level II and compliance, each lesson with worked examples and a short check. A code browser with as-you-type search and a PCS table builder, and flashcards scheduled by FSRS.</p>
      </ComingSoon>
    </>
  );
}
