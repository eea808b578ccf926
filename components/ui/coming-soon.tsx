import type { ReactNode } from "react";

/** An area that is planned but not built yet: says what will be here instead of a 404. */
export function ComingSoon({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-xl border border-dashed border-slate-300 bg-white p-8" aria-labelledby="coming-soon-title">
      <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">Coming next</p>
      <h2 id="coming-soon-title" className="mt-2 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-3 space-y-2 text-slate-600">{children}</div>
    </section>
  );
}
