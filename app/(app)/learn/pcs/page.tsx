import type { Metadata } from "next";
import Link from "next/link";
import { PcsKeyboard } from "@/components/learn/pcs-keyboard";
import { PageHeader } from "@/components/ui/page-header";
import { codeHref } from "@/lib/learn/code-links";
import { buildPcs, type PcsBuild } from "@/lib/learn/pcs-builder";
import { getLearner, getLearnLibrary } from "@/lib/learn/server";
import type { PcsTable } from "@/lib/coding/types";

export const metadata: Metadata = { title: "PCS table builder" };

type Props = { searchParams: Promise<{ code?: string | string[] }> };

const href = (prefix: string) => (prefix ? `/learn/pcs?code=${encodeURIComponent(prefix)}` : "/learn/pcs");

function CodeBoxes({ build }: { build: PcsBuild }) {
  const chars = build.prefix.padEnd(7, " ").split("");
  return (
    <div className="flex gap-1.5 sm:gap-2" aria-label={build.prefix ? `Code so far: ${build.prefix.split("").join(" ")}` : "No characters chosen yet"} role="img">
      {chars.map((c, i) => {
        const current = i === build.prefix.length;
        return (
          <span
            key={i}
            className={`grid h-12 w-10 place-items-center rounded-lg font-mono text-2xl font-bold sm:h-14 sm:w-12 ${
              c.trim() ? "bg-brand-600 text-white" : current ? "bg-white text-slate-300 ring-2 ring-brand-500" : "bg-white text-slate-300 ring-1 ring-slate-200"
            }`}
          >
            {c.trim() || i + 1}
          </span>
        );
      })}
    </div>
  );
}

function TableView({ table, tail }: { table: PcsTable; tail: string }) {
  return (
    <details className="mt-8 rounded-xl bg-white shadow-sm ring-1 ring-slate-200" open={tail.length > 0}>
      <summary className="cursor-pointer px-5 py-3 text-sm font-semibold text-slate-800">
        Table {table.code}: {table.axes.map((a) => a.labels[0]?.text).join(" · ")} ({table.rows.length} row{table.rows.length === 1 ? "" : "s"})
      </summary>
      <div className="overflow-x-auto border-t border-slate-100">
        <table className="w-full text-left text-xs">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {(table.rows[0]?.axes ?? []).map((a) => (
                <th key={a.pos} scope="col" className="px-3 py-2 font-semibold">
                  {a.pos}. {a.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, ri) => {
              const possible = [...tail].every((ch, i) => row.axes.find((a) => a.pos === 4 + i)?.labels.some((l) => l.code === ch));
              return (
                <tr key={ri} className={`border-t border-slate-100 align-top ${possible ? "" : "opacity-40"}`}>
                  {row.axes.map((a) => (
                    <td key={a.pos} className="px-3 py-2">
                      <ul className="space-y-0.5">
                        {a.labels.map((l) => (
                          <li key={l.code} className={tail[a.pos - 4] === l.code ? "font-semibold text-brand-800" : "text-slate-700"}>
                            <span className="mr-1.5 font-mono font-semibold">{l.code}</span>
                            {l.text}
                          </li>
                        ))}
                      </ul>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export default async function PcsBuilderPage({ searchParams }: Props) {
  await getLearner("/learn/pcs");
  const { code } = await searchParams;
  const input = (Array.isArray(code) ? code[0] : code) ?? "";
  const { library, dateOf } = await getLearnLibrary();
  const set = library.icd10pcs(dateOf("icd10pcs"));

  if (!set) {
    return (
      <>
        <PageHeader title="PCS table builder" />
        <p className="text-slate-600">No ICD-10-PCS set is loaded.</p>
      </>
    );
  }

  const build = buildPcs(set, input);
  const current = build.complete ? undefined : build.steps.at(-1);
  const done = build.steps.filter((s) => s.chosen);

  return (
    <>
      <PageHeader
        title="PCS table builder"
        description="Build an ICD-10-PCS code one character at a time from the official tables. Each step offers only the values a row of the table allows after what you chose."
      />
      {current ? <PcsKeyboard prefix={build.prefix} choices={current.options.map((o) => o.code)} /> : <PcsKeyboard prefix={build.prefix} choices={[]} />}

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <CodeBoxes build={build} />

          {build.rejected ? (
            <p role="alert" className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-200">
              No row of the tables allows <span className="font-mono font-semibold">{build.rejected.char}</span> as character {build.rejected.pos} after{" "}
              <span className="font-mono font-semibold">{build.prefix || "nothing"}</span>. Choose one of the values below.
            </p>
          ) : null}

          {build.complete ? (
            <section aria-labelledby="complete-title" className="mt-6 rounded-xl bg-brand-50 p-6 ring-1 ring-inset ring-brand-200" data-testid="pcs-complete">
              <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">Valid code</p>
              <h2 id="complete-title" className="mt-1 font-mono text-3xl font-bold text-brand-900">
                {build.complete.code}
              </h2>
              <p className="mt-2 text-base text-brand-950">{build.complete.title}</p>
              <div className="mt-4 flex flex-wrap gap-3 text-sm">
                <Link href={codeHref("icd10pcs", build.complete.code)} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700">
                  Open the code page
                </Link>
                <Link href="/learn/pcs" className="rounded-md bg-white px-4 py-2 font-semibold text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
                  Build another
                </Link>
              </div>
            </section>
          ) : null}

          {current ? (
            <section aria-labelledby="step-title" className="mt-6">
              <h2 id="step-title" className="text-lg font-semibold text-slate-900">
                Character {current.pos}: {current.title}
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                {current.options.length} value{current.options.length === 1 ? "" : "s"} allowed here. Choose one, or type its character.
              </p>
              <ul className="mt-4 grid gap-2 sm:grid-cols-2 xl:grid-cols-3" aria-label={`Values for ${current.title}`}>
                {current.options.map((o) => (
                  <li key={o.code}>
                    <Link
                      href={href(build.prefix + o.code)}
                      className="flex h-full items-start gap-3 rounded-lg bg-white px-3 py-2.5 text-sm shadow-sm ring-1 ring-slate-200 transition hover:bg-brand-50 hover:ring-brand-300"
                      data-pcs-value={o.code}
                    >
                      <span className="grid h-7 w-7 shrink-0 place-items-center rounded bg-slate-100 font-mono font-bold text-slate-900">{o.code}</span>
                      <span className="pt-0.5 leading-5 text-slate-800">{o.text}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {build.table ? <TableView table={build.table} tail={build.prefix.slice(3)} /> : null}
        </div>

        <aside className="space-y-6">
          <section aria-labelledby="chosen-title" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <h2 id="chosen-title" className="text-sm font-semibold uppercase tracking-wider text-slate-500">
              Your choices
            </h2>
            {done.length === 0 ? (
              <p className="mt-3 text-sm text-slate-600">Start with the section.</p>
            ) : (
              <ol className="mt-3 space-y-2 text-sm">
                {done.map((s) => (
                  <li key={s.pos} className="flex items-start gap-3">
                    <span className="grid h-6 w-6 shrink-0 place-items-center rounded bg-brand-600 font-mono text-xs font-bold text-white">{s.chosen?.code}</span>
                    <span className="min-w-0 flex-1">
                      <span className="block text-xs text-slate-500">
                        {s.pos}. {s.title}
                      </span>
                      <span className="block text-slate-900">{s.chosen?.text}</span>
                    </span>
                    <Link href={href(build.prefix.slice(0, s.pos - 1))} className="shrink-0 text-xs font-medium text-brand-700 hover:underline" aria-label={`Change character ${s.pos}, ${s.title}`}>
                      Change
                    </Link>
                  </li>
                ))}
              </ol>
            )}
            {build.table?.axes.find((a) => a.pos === 3)?.definition ? (
              <p className="mt-4 border-t border-slate-100 pt-3 text-xs leading-5 text-slate-600">
                <span className="font-semibold text-slate-800">{build.table.axes.find((a) => a.pos === 3)?.labels[0]?.text}:</span>{" "}
                {build.table.axes.find((a) => a.pos === 3)?.definition}
              </p>
            ) : null}
          </section>

          <form action="/learn/pcs" method="get" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <label htmlFor="pcs-jump" className="block text-sm font-medium text-slate-800">
              Start from a table or code
            </label>
            <div className="mt-2 flex gap-2">
              <input
                id="pcs-jump"
                name="code"
                defaultValue={build.prefix}
                maxLength={7}
                autoComplete="off"
                spellCheck={false}
                placeholder="0DT"
                className="block w-full rounded-md border border-slate-300 px-3 py-2 font-mono uppercase text-slate-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500"
              />
              <button type="submit" className="rounded-md bg-slate-900 px-3 py-2 text-sm font-semibold text-white hover:bg-slate-800">
                Go
              </button>
            </div>
          </form>
        </aside>
      </div>
    </>
  );
}
