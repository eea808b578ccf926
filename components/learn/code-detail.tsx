import Link from "next/link";
import type { ReactNode } from "react";
import type { CmNoteKind } from "@/lib/coding/types";
import { NOTE_LABELS, type CmPage, type CodeItem, type CodePage, type CptPage, type HcpcsPage, type NoteView, type PcsPage, type TextPart } from "@/lib/learn/code-page";
import { pcsBuilderHref } from "@/lib/learn/code-links";
import { BillableBadge } from "./badges";

const NOTE_TONES: Record<CmNoteKind, string> = {
  includes: "bg-slate-100 text-slate-700",
  inclusionTerm: "bg-slate-100 text-slate-700",
  excludes1: "bg-rose-100 text-rose-800",
  excludes2: "bg-amber-100 text-amber-900",
  codeFirst: "bg-sky-100 text-sky-900",
  useAdditionalCode: "bg-sky-100 text-sky-900",
  codeAlso: "bg-violet-100 text-violet-900",
  notes: "bg-slate-100 text-slate-700",
};

function Panel({ title, children, className = "" }: { title: string; children: ReactNode; className?: string }) {
  const id = `panel-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className={`rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 ${className}`}>
      <h2 id={id} className="text-sm font-semibold uppercase tracking-wider text-slate-500">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

function Parts({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.href ? (
          <Link key={i} href={p.href} className="font-mono text-[0.92em] font-medium text-brand-700 underline decoration-brand-200 underline-offset-2 hover:decoration-brand-600">
            {p.text}
          </Link>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

/** Consecutive notes of one kind under one label, as the Tabular List prints them. */
function byKind(notes: readonly NoteView[]): [CmNoteKind, NoteView[]][] {
  const out: [CmNoteKind, NoteView[]][] = [];
  for (const n of notes) {
    const last = out[out.length - 1];
    if (last && last[0] === n.kind) last[1].push(n);
    else out.push([n.kind, [n]]);
  }
  return out;
}

/** "Diabetes mellitus" + E08–E13 -> "Diabetes mellitus (E08–E13)", unless the title already says it. */
function withRange(title: string, from: string, to: string): string {
  if (/\([A-Z][0-9]/.test(title)) return title;
  return `${title} (${from}${to !== from ? `–${to}` : ""})`;
}

function CodeList({ items, current, empty }: { items: CodeItem[]; current?: string; empty: string }) {
  if (items.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="-mx-2 max-h-96 space-y-0.5 overflow-y-auto text-sm">
      {items.map((item) => {
        const here = item.code === current;
        return (
          <li key={item.code}>
            <Link
              href={item.href}
              aria-current={here ? "page" : undefined}
              className={`flex gap-3 rounded-md px-2 py-1.5 ${here ? "bg-brand-50 ring-1 ring-inset ring-brand-200" : "hover:bg-slate-50"}`}
            >
              <span className={`w-20 shrink-0 font-mono font-semibold ${here ? "text-brand-800" : "text-slate-900"}`}>{item.display}</span>
              <span className="min-w-0 flex-1 text-slate-700">{item.title}</span>
              {item.billable ? (
                <span className="shrink-0 self-start rounded bg-brand-100 px-1.5 py-0.5 text-xs font-medium text-brand-800" title="Billable">
                  B
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function CmDetail({ page }: { page: CmPage }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Panel title="Where it sits" className="lg:col-span-2">
        <ol className="space-y-1.5 text-sm" aria-label="Hierarchy">
          {page.chapter ? (
            <li className="flex gap-3">
              <span className="w-24 shrink-0 text-slate-500">Chapter {page.chapter.number}</span>
              <span className="text-slate-800">{withRange(page.chapter.title, page.chapter.range.from, page.chapter.range.to)}</span>
            </li>
          ) : null}
          {page.block ? (
            <li className="flex gap-3">
              <span className="w-24 shrink-0 text-slate-500">Block</span>
              <span className="text-slate-800">{withRange(page.block.title, page.block.range.from, page.block.range.to)}</span>
            </li>
          ) : null}
          {page.ancestors.map((a, i) => (
            <li key={a.code} className="flex gap-3">
              <span className="w-24 shrink-0 text-slate-500">{i === 0 ? "Category" : "Subcategory"}</span>
              <Link href={a.href} className="text-slate-800 hover:text-brand-700 hover:underline">
                <span className="mr-2 font-mono font-semibold">{a.display}</span>
                {a.title}
              </Link>
            </li>
          ))}
          <li className="flex gap-3" aria-current="page">
            <span className="w-24 shrink-0 text-slate-500">{page.ancestors.length === 0 ? "Category" : "This code"}</span>
            <span className="font-medium text-slate-900">
              <span className="mr-2 font-mono font-semibold">{page.display}</span>
              {page.title}
            </span>
          </li>
        </ol>
      </Panel>

      {page.noteGroups.length > 0 ? (
        <Panel title="Instructional notes" className="lg:col-span-2">
          <div className="space-y-5">
            {page.noteGroups.map((group) => (
              <div key={group.source}>
                <p className="text-xs font-semibold text-slate-500">{group.source === "This code" ? "At this code" : `At ${group.source}`}</p>
                <dl className="mt-2 space-y-3">
                  {byKind(group.notes).map(([kind, notes], i) => (
                    <div key={i} className="flex flex-col gap-1 text-sm leading-6 sm:flex-row sm:gap-3">
                      <dt className={`w-fit shrink-0 self-start whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold sm:w-40 ${NOTE_TONES[kind]}`}>{NOTE_LABELS[kind]}</dt>
                      <dd className="min-w-0 flex-1 space-y-1 text-slate-800">
                        {notes.map((n, j) => (
                          <p key={j}>
                            <Parts parts={n.parts} />
                          </p>
                        ))}
                      </dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))}
          </div>
        </Panel>
      ) : null}

      {page.sevenChr ? (
        <Panel title="7th characters" className="lg:col-span-2">
          {page.sevenChr.note ? <p className="mb-3 text-sm text-slate-700">{page.sevenChr.note}</p> : null}
          <table className="w-full text-left text-sm">
            <caption className="sr-only">7th characters defined at {page.sevenChr.definedAt}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-500">
                <th scope="col" className="w-16 py-1.5 font-medium">Char.</th>
                <th scope="col" className="py-1.5 font-medium">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {page.sevenChr.chars.map((c) => (
                <tr key={c.char} className={`border-b border-slate-100 ${page.code.length === 7 && page.code[6] === c.char ? "bg-brand-50" : ""}`}>
                  <td className="py-1.5 font-mono font-semibold text-slate-900">{c.char}</td>
                  <td className="py-1.5 text-slate-700">{c.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-xs text-slate-500">Defined at {page.sevenChr.definedAt}. Use X as a placeholder when the code has fewer than six characters.</p>
        </Panel>
      ) : null}

      <Panel title={page.ancestors.length ? "Codes beside it" : "Categories in this block"}>
        <CodeList items={page.siblings} current={page.code} empty="None." />
      </Panel>
      <Panel title="Codes under it">
        <CodeList items={page.children} empty={page.billable ? "None: this is a complete, billable code." : "None."} />
      </Panel>
    </div>
  );
}

function PcsDetail({ page }: { page: PcsPage }) {
  const operation = page.table?.axes.find((a) => a.pos === 3);
  return (
    <div className="grid gap-6">
      {page.characters.length > 0 ? (
        <Panel title="The seven characters">
          <ol className="grid gap-2 sm:grid-cols-7" aria-label={`${page.code}, character by character`}>
            {page.characters.map((s) => (
              <li key={s.pos} className="rounded-lg bg-slate-50 p-3 text-center ring-1 ring-inset ring-slate-200">
                <span className="block font-mono text-2xl font-bold text-brand-700">{s.chosen?.code}</span>
                <span className="mt-1 block text-[0.7rem] font-semibold uppercase tracking-wide text-slate-500">{s.title}</span>
                <span className="mt-1 block text-xs leading-5 text-slate-800">{s.chosen?.text}</span>
              </li>
            ))}
          </ol>
        </Panel>
      ) : null}
      {operation?.definition ? (
        <Panel title={`${operation.title}: ${operation.labels[0]?.text ?? ""}`}>
          <p className="text-sm leading-6 text-slate-800">{operation.definition}</p>
        </Panel>
      ) : null}
      <p>
        <Link href={pcsBuilderHref(page.code)} className="inline-flex items-center gap-2 rounded-md bg-white px-4 py-2 text-sm font-semibold text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
          Open table {page.code.slice(0, 3)} in the table builder <span aria-hidden>→</span>
        </Link>
      </p>
    </div>
  );
}

function HcpcsDetail({ page }: { page: HcpcsPage }) {
  return (
    <Panel title="Record">
      <dl className="grid gap-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-500">Short description</dt>
          <dd className="mt-1 text-slate-900">{page.shortTitle}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Added</dt>
          <dd className="mt-1 text-slate-900">{page.addDate ?? "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Terminated</dt>
          <dd className="mt-1 text-slate-900">{page.terminationDate ?? "Still in use"}</dd>
        </div>
      </dl>
    </Panel>
  );
}

function CptDetail({ page }: { page: CptPage }) {
  return (
    <Panel title="About this CPT code">
      <p className="text-sm leading-6 text-slate-700">
        Category {page.category} code. CPT descriptors are copyrighted by the American Medical Association: the wording above is Codecert&rsquo;s own plain
        description for study, not the official descriptor.
      </p>
    </Panel>
  );
}

const SYSTEM_NAMES = { icd10cm: "ICD-10-CM", icd10pcs: "ICD-10-PCS", hcpcs: "HCPCS Level II", cpt: "CPT" } as const;

/** The heading of a code page: code, billable mark and title. */
export function CodeHeading({ page, hideTitle = false }: { page: CodePage; hideTitle?: boolean }) {
  return (
    <header className="mb-8 border-b border-slate-200 pb-6">
      <p className="text-sm font-medium text-slate-500">{SYSTEM_NAMES[page.system]}</p>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{page.display}</h1>
        {hideTitle ? null : <BillableBadge billable={page.billable} />}
      </div>
      {hideTitle ? null : <p className="mt-3 max-w-3xl text-lg leading-8 text-slate-700">{page.title}</p>}
    </header>
  );
}

/** The title and billable mark, shown after the student opens the Tabular entry in book mode. */
export function CodeSummary({ page }: { page: CodePage }) {
  return (
    <div className="mb-8">
      <BillableBadge billable={page.billable} />
      <p className="mt-3 max-w-3xl text-lg leading-8 text-slate-700">{page.title}</p>
    </div>
  );
}

/** Everything below the heading. */
export function CodeDetail({ page }: { page: CodePage }) {
  switch (page.system) {
    case "icd10cm":
      return <CmDetail page={page} />;
    case "icd10pcs":
      return <PcsDetail page={page} />;
    case "hcpcs":
      return <HcpcsDetail page={page} />;
    case "cpt":
      return <CptDetail page={page} />;
  }
}

/** Where the code comes from. */
export function SetFooter({ page }: { page: CodePage }) {
  const s = page.set;
  return (
    <footer className="mt-10 border-t border-slate-200 pt-4 text-xs leading-5 text-slate-500" data-testid="code-set">
      From <span className="font-medium text-slate-700">{s.label}</span>
      {s.source === "teaching" ? " (teaching set)" : s.source === "official" ? " (official release)" : ` (${s.source})`}, in force from {s.effectiveFrom}
      {s.effectiveTo ? ` to ${s.effectiveTo}` : ""}.
      {s.notes?.length ? (
        <ul className="mt-1 list-inside list-disc">
          {s.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </footer>
  );
}
