import { domainLabel } from "@/lib/exams/blueprints";
import type { AttemptResult } from "@/lib/exams/scoring";

interface Point {
  id: string;
  at: string;
  blueprint: string;
  result: AttemptResult;
}

const W = 220;
const H = 90;
const PAD = { l: 26, r: 8, t: 8, b: 16 };

/** Small multiples: one line chart per domain, score by attempt over time, with the 70% pass line. */
export function DomainChart({ history }: { history: Point[] }) {
  const series = new Map<string, { at: string; percent: number }[]>();
  for (const h of history) {
    for (const d of h.result.domains) {
      series.set(d.domain, [...(series.get(d.domain) ?? []), { at: h.at, percent: d.percent }]);
    }
  }
  const domains = [...series.entries()].sort((a, b) => (a[1].at(-1)?.percent ?? 0) - (b[1].at(-1)?.percent ?? 0));
  const innerW = W - PAD.l - PAD.r;
  const innerH = H - PAD.t - PAD.b;
  const y = (p: number) => PAD.t + innerH - (p / 100) * innerH;
  return (
    <div className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="domain-chart">
      {domains.map(([domain, points]) => {
        const x = (i: number) => PAD.l + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
        const latest = points.at(-1)?.percent ?? 0;
        const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.percent).toFixed(1)}`).join(" ");
        return (
          <figure key={domain} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
            <figcaption className="flex items-baseline justify-between gap-2">
              <span className="truncate text-xs font-medium text-slate-700" title={domainLabel(domain)}>
                {domainLabel(domain)}
              </span>
              <span className={`text-sm font-semibold tabular-nums ${latest >= 70 ? "text-emerald-700" : "text-rose-700"}`}>{Math.round(latest)}%</span>
            </figcaption>
            <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${domainLabel(domain)}: ${points.map((p) => `${Math.round(p.percent)}%`).join(", ")}`} className="mt-1 w-full">
              {[0, 50, 100].map((t) => (
                <g key={t}>
                  <line x1={PAD.l} x2={W - PAD.r} y1={y(t)} y2={y(t)} stroke="#e2e8f0" strokeWidth="1" />
                  <text x={PAD.l - 4} y={y(t) + 3} textAnchor="end" fontSize="8" fill="#94a3b8">
                    {t}
                  </text>
                </g>
              ))}
              <line x1={PAD.l} x2={W - PAD.r} y1={y(70)} y2={y(70)} stroke="#f59e0b" strokeDasharray="3 3" strokeWidth="1" />
              <path d={path} fill="none" stroke="#137f6f" strokeWidth="2" strokeLinejoin="round" />
              {points.map((p, i) => (
                <circle key={i} cx={x(i)} cy={y(p.percent)} r="2.5" fill="#137f6f" />
              ))}
              <text x={PAD.l} y={H - 3} fontSize="8" fill="#94a3b8">
                {points[0]?.at.slice(0, 10)}
              </text>
              <text x={W - PAD.r} y={H - 3} fontSize="8" fill="#94a3b8" textAnchor="end">
                {points.at(-1)?.at.slice(0, 10)}
              </text>
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
