import Link from "next/link";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { getCodeLibrary } from "@/lib/codes/library";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const library = await getCodeLibrary();
  return (
    <>
      {library.teachingOnly ? (
        <p role="status" data-testid="teaching-banner" className="mb-6 rounded-lg bg-amber-50 px-4 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          Running on the built-in <strong>teaching set</strong>: only the codes used by the lessons and questions are known, and CPT
          numbers cannot be verified.{" "}
          {user.role === "admin" ? (
            <Link href="/admin/code-sets" className="font-medium underline">
              Install the official code sets
            </Link>
          ) : (
            "An administrator can install the official code sets."
          )}
        </p>
      ) : null}
      {children}
    </>
  );
}
