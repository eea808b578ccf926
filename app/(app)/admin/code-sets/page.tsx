import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { getCodeLibrary } from "@/lib/codes/library";
import { getDb } from "@/lib/db";
import { listCodeSets } from "@/lib/db/queries/code-sets";

export const metadata: Metadata = { title: "Code sets" };

export default async function CodeSetsPage() {
  await requireArea("codeSets", "/admin/code-sets");
  // Loading the library records the installed snapshots in the database.
  await getCodeLibrary();
  const sets = await listCodeSets(await getDb());
  return (
    <>
      <PageHeader
        title="Code sets"
        description="The official code sets and edit tables installed on this site. Import release files with npm run codes:import -- --from DIR_OR_ZIP."
      />
      {sets.length === 0 ? (
        <p role="status" className="rounded-lg bg-amber-50 p-4 text-amber-900 ring-1 ring-amber-200">
          No official code set is installed: Codecert is running on its built-in <strong>teaching set</strong>, a small set of codes
          used by the lessons and questions. Import the CMS release files to validate any code.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">Installed code sets</caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wider text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3">Set</th>
                <th scope="col" className="px-4 py-3">In force</th>
                <th scope="col" className="px-4 py-3 text-right">Records</th>
                <th scope="col" className="px-4 py-3">Source</th>
                <th scope="col" className="px-4 py-3">Imported</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {sets.map((s) => (
                <tr key={s.id}>
                  <td className="px-4 py-3 font-medium text-slate-900">{s.label}</td>
                  <td className="px-4 py-3 text-slate-700">
                    {s.effectiveFrom} – {s.effectiveTo ?? "open"}
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums text-slate-700">{s.records.toLocaleString("en-US")}</td>
                  <td className="px-4 py-3 text-slate-700">{s.source}</td>
                  <td className="px-4 py-3 text-slate-500">{s.importedAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
