import type { CaseScore } from "@/lib/coding/claim-types";

const VERDICT_STYLE: Record<string, string> = {
  correct: "bg-emerald-100 text-emerald-800",
  partial: "bg-amber-100 text-amber-900",
  wrong: "bg-rose-100 text-rose-800",
  missing: "bg-rose-100 text-rose-800",
  extra: "bg-slate-200 text-slate-800",
  optional: "bg-sky-100 text-sky-800",
};

/** Line-by-line credit of a coding case, with the validator's findings on each entered code. */
export function CaseLines({ score }: { score: CaseScore }) {
  return (
    <div className="mt-3">
      <p className="text-sm text-slate-700">{score.summary}</p>
      <table className="mt-2 w-full text-left text-sm">
        <thead className="text-xs uppercase tracking-wider text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-3">Line</th>
            <th scope="col" className="py-1 pr-3">You entered</th>
            <th scope="col" className="py-1 pr-3">Key</th>
            <th scope="col" className="py-1 pr-3">Credit</th>
            <th scope="col" className="py-1">Why</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200/70 align-top">
          {score.lines.map((line, i) => (
            <tr key={i}>
              <td className="py-2 pr-3 text-xs uppercase text-slate-500">{line.kind}</td>
              <td className="py-2 pr-3 font-mono">{line.entered ?? "—"}</td>
              <td className="py-2 pr-3 font-mono">{line.expected ?? "—"}</td>
              <td className="py-2 pr-3">
                <span className={`rounded px-2 py-0.5 text-xs font-medium ${VERDICT_STYLE[line.verdict] ?? ""}`}>
                  {line.verdict} {line.credit > 0 && line.credit < 1 ? `${Math.round(line.credit * 100)}%` : ""}
                </span>
              </td>
              <td className="py-2 text-slate-700">
                {line.explanation}
                {line.findings.length ? (
                  <ul className="mt-1 space-y-1">
                    {line.findings.map((f, j) => (
                      <li key={j} className={`text-xs ${f.severity === "error" ? "text-rose-800" : "text-amber-900"}`}>
                        <span className="font-mono">[{f.rule}]</span> {f.message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
