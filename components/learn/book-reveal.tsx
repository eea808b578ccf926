"use client";

import { useState, type ReactNode } from "react";

/**
 * Book mode on a code page: the student arrived from the index with a code only. The Tabular entry
 * (title, notes) stays hidden until they commit to checking it, as they would turn to the Tabular List.
 */
export function BookReveal({ code, children }: { code: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  if (open) return <>{children}</>;
  return (
    <section aria-labelledby="book-title" className="rounded-xl bg-sky-50 p-6 ring-1 ring-inset ring-sky-200">
      <h2 id="book-title" className="text-lg font-semibold text-sky-950">
        Book mode: you picked <span className="font-mono">{code}</span> from the index
      </h2>
      <p className="mt-2 max-w-2xl text-sm leading-6 text-sky-900">
        In the printed manual you would now turn to the Tabular List to confirm the code, read its notes and check that it is complete. Commit to your
        choice, then open its Tabular entry.
      </p>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="mt-4 inline-flex items-center gap-2 rounded-md bg-sky-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-sky-800"
      >
        Open the Tabular entry
      </button>
    </section>
  );
}
