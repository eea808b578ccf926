import type { Scenario } from "@/lib/content/schema";

const KIND_LABELS: Record<Scenario["record"]["kind"], string> = {
  "progress-note": "Progress note",
  "op-report": "Operative report",
  "discharge-summary": "Discharge summary",
  "ed-note": "Emergency department note",
  consult: "Consultation",
  "radiology-report": "Radiology report",
  "pathology-report": "Pathology report",
  "anesthesia-record": "Anesthesia record",
  "clinic-note": "Clinic note",
};

/** A synthetic medical record, shown as a document. Text is plain (Markdown markers are shown lightly). */
export function RecordView({ record }: { record: Scenario["record"] }) {
  const blocks = record.text.trim().split(/\n{2,}/);
  return (
    <section aria-label={record.title} className="my-4 rounded-lg border border-slate-200 bg-white">
      <header className="flex items-center justify-between border-b border-slate-200 bg-slate-50 px-4 py-2">
        <span className="text-xs font-semibold uppercase tracking-wider text-slate-500">{KIND_LABELS[record.kind]}</span>
        <span className="text-sm font-medium text-slate-800">{record.title}</span>
      </header>
      <div className="max-h-[28rem] space-y-3 overflow-y-auto px-4 py-3 font-serif text-[15px] leading-relaxed text-slate-800">
        {blocks.map((block, i) => {
          const heading = /^#{1,6}\s+(.*)$/.exec(block.trim());
          if (heading) {
            return (
              <h3 key={i} className="font-sans text-sm font-semibold uppercase tracking-wide text-slate-600">
                {heading[1]}
              </h3>
            );
          }
          return (
            <p key={i} className="whitespace-pre-line">
              {block.replace(/\*\*(.+?)\*\*/g, "$1").replace(/\n(?=[a-z(])/g, " ")}
            </p>
          );
        })}
      </div>
    </section>
  );
}
