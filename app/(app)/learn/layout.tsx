import type { ReactNode } from "react";
import { LearnNav } from "@/components/learn/learn-nav";
import { getLearner } from "@/lib/learn/server";

export default async function LearnLayout({ children }: { children: ReactNode }) {
  await getLearner("/learn");
  return (
    <>
      <LearnNav />
      {children}
    </>
  );
}
