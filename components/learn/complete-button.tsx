"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setLessonCompleteAction } from "@/app/(app)/learn/actions";

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
}

/** Marks the lesson complete (or not) for the student. */
export function CompleteButton({ track, slug, completedAt }: { track: string; slug: string; completedAt: string | null }) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(completedAt);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function toggle(completed: boolean) {
    setError(null);
    startTransition(async () => {
      const result = await setLessonCompleteAction({ track, slug, completed });
      if (result.ok) {
        setDone(result.data.completedAt);
        router.refresh();
      } else setError(result.error);
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="lesson-complete">
      {done ? (
        <>
          <p className="inline-flex items-center gap-2 rounded-md bg-brand-50 px-3 py-2 text-sm font-medium text-brand-800 ring-1 ring-inset ring-brand-200">
            <span aria-hidden>✓</span> Completed on {formatDate(done)}
          </p>
          <button type="button" onClick={() => toggle(false)} disabled={pending} className="text-sm font-medium text-slate-600 underline-offset-2 hover:underline">
            Mark as not complete
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={() => toggle(true)}
          disabled={pending}
          className="inline-flex items-center justify-center gap-2 rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-slate-800 disabled:opacity-60"
        >
          {pending ? "Saving…" : "Mark lesson complete"}
        </button>
      )}
      <span aria-live="polite" className="text-sm text-rose-700">
        {error}
      </span>
    </div>
  );
}
