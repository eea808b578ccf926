import type { Metadata } from "next";
import { CodeSearch } from "@/components/learn/code-search";
import { PageHeader } from "@/components/ui/page-header";
import { SYSTEM_LABELS } from "@/lib/coding/search/index";
import { getCodeSearch, getLearner } from "@/lib/learn/server";

export const metadata: Metadata = { title: "Code browser" };

type Props = { searchParams: Promise<{ q?: string | string[]; system?: string | string[] }> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function CodeBrowserPage({ searchParams }: Props) {
  await getLearner("/learn/codes");
  const [{ q, system }, search] = await Promise.all([searchParams, getCodeSearch()]);
  const systems = search.sources.map((s) => ({ id: s.system, label: SYSTEM_LABELS[s.system] }));
  const initialSystem = systems.some((s) => s.id === first(system)) ? first(system) : "all";

  return (
    <>
      <PageHeader
        title="Code browser"
        description="Look up ICD-10-CM, ICD-10-PCS and HCPCS Level II codes (and the CPT numbers the lessons use) by code, the start of a code, or words."
      />
      <div className="max-w-4xl">
        <CodeSearch
          initialQuery={first(q).slice(0, 100)}
          initialSystem={initialSystem}
          systems={systems}
          examples={["E11.9", "E11", "0DTJ4ZZ", "J1100", "diabetis", "fracture femur", "copd exacerbation"]}
        />
        <p className="mt-8 text-xs text-slate-500">
          Searching {search.sources.map((s) => `${s.label} (${s.size.toLocaleString("en-US")} codes)`).join(" · ") || "no code sets"}.
        </p>
      </div>
    </>
  );
}
