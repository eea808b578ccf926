import type { ReactNode } from "react";

type Tone = "brand" | "slate" | "amber" | "sky" | "rose";

const TONES: Record<Tone, string> = {
  brand: "bg-brand-50 text-brand-700 ring-brand-200",
  slate: "bg-slate-100 text-slate-700 ring-slate-200",
  amber: "bg-amber-50 text-amber-800 ring-amber-200",
  sky: "bg-sky-50 text-sky-800 ring-sky-200",
  rose: "bg-rose-50 text-rose-800 ring-rose-200",
};

export function Badge({ tone = "slate", children, className = "" }: { tone?: Tone; children: ReactNode; className?: string }) {
  return <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]} ${className}`}>{children}</span>;
}

/** "Billable" or "Header", the mark every code list uses. */
export function BillableBadge({ billable }: { billable: boolean }) {
  return billable ? (
    <Badge tone="brand" className="whitespace-nowrap">
      <span aria-hidden>●</span> Billable
    </Badge>
  ) : (
    <Badge tone="amber" className="whitespace-nowrap">
      Header · not billable
    </Badge>
  );
}
