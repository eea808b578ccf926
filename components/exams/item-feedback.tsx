import type { CaseScore } from "@/lib/coding/claim-types";
import type { QuestionItem } from "@/lib/content/schema";
import { CaseLines } from "./case-lines";
import { ProseText } from "./prose-text";

export interface FeedbackPayload {
  position: number;
  credit: number;
  item: QuestionItem;
  caseScore: CaseScore | null;
}

/** The key and rationale of one item, shown after submission or on "check answer" in an immediate-feedback quiz. */
export function ItemFeedbackPanel({ payload }: { payload: FeedbackPayload }) {
  const { item, credit, caseScore } = payload;
  const full = credit >= 0.999;
  return (
    <div className={`rounded-lg p-4 ring-1 ${full ? "bg-emerald-50 ring-emerald-200" : credit > 0 ? "bg-amber-50 ring-amber-200" : "bg-rose-50 ring-rose-200"}`}>
      <p className="font-semibold text-slate-900">
        {full ? "Correct" : credit > 0 ? `Partly correct (${Math.round(credit * 100)}%)` : "Not correct"}
        {item.type === "single" ? ` — the answer is ${item.answer.toUpperCase()}` : null}
        {item.type === "multiple" ? ` — the answers are ${item.answer.map((a) => a.toUpperCase()).join(", ")}` : null}
      </p>
      {item.type !== "case" ? (
        <ul className="mt-3 space-y-2 text-sm">
          {item.options.map((o) => {
            const right = item.type === "single" ? item.answer === o.id : item.answer.includes(o.id as "a");
            return (
              <li key={o.id} className="flex gap-2">
                <span className={`mt-0.5 font-mono font-semibold ${right ? "text-emerald-700" : "text-slate-500"}`}>{o.id.toUpperCase()}</span>
                <span className="text-slate-700">{o.why}</span>
              </li>
            );
          })}
        </ul>
      ) : caseScore ? (
        <CaseLines score={caseScore} />
      ) : null}
      <ProseText text={item.rationale} className="mt-3 text-sm leading-relaxed text-slate-800" />
    </div>
  );
}
