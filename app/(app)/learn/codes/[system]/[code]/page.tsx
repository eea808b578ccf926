import type { Metadata } from "next";
import Link from "next/link";
import { BookReveal } from "@/components/learn/book-reveal";
import { Breadcrumbs } from "@/components/learn/breadcrumbs";
import { CodeDetail, CodeHeading, CodeSummary, SetFooter } from "@/components/learn/code-detail";
import { SYSTEM_LABELS } from "@/lib/coding/search/index";
import { describeCodePage, isCodeSystem, type CodePage } from "@/lib/learn/code-page";
import { getLearner, getLearnLibrary } from "@/lib/learn/server";

type Props = { params: Promise<{ system: string; code: string }>; searchParams: Promise<{ book?: string }> };

async function load(system: string, code: string): Promise<{ page: CodePage | null; teachingOnly: boolean }> {
  const { library, dateOf } = await getLearnLibrary();
  return { page: isCodeSystem(system) ? describeCodePage(library, dateOf, system, code) : null, teachingOnly: library.teachingOnly };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { system, code } = await params;
  const { page } = await load(system, code);
  return { title: page ? `${page.display} ${page.title}` : "Code not found" };
}

export default async function CodePageRoute({ params, searchParams }: Props) {
  const { system, code } = await params;
  await getLearner(`/learn/codes/${system}/${code}`);
  const [{ page, teachingOnly }, { book }] = await Promise.all([load(system, code), searchParams]);
  const systemLabel = isCodeSystem(system) ? SYSTEM_LABELS[system] : system;
  const crumbs = [{ href: "/learn", label: "Learn" }, { href: "/learn/codes", label: "Code browser" }, { label: systemLabel }];

  if (!page) {
    let shown = code;
    try {
      shown = decodeURIComponent(code);
    } catch {
      // keep the raw text
    }
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">No {systemLabel} code {shown.slice(0, 12)}</h1>
        <p className="mt-3 max-w-2xl text-slate-600">
          {teachingOnly
            ? "The site runs on the teaching set, which holds only the codes the lessons use. The code may exist in the official set."
            : "It is not in the code set in force. Check the characters, or search for it."}
        </p>
        <p className="mt-6">
          <Link href={`/learn/codes?q=${encodeURIComponent(shown.slice(0, 12))}`} className="font-medium text-brand-700 hover:underline">
            Search for {shown.slice(0, 12)} →
          </Link>
        </p>
      </>
    );
  }

  const bookMode = book === "1";
  return (
    <>
      <Breadcrumbs items={[...crumbs.slice(0, 2), { label: `${systemLabel} ${page.display}` }]} />
      {bookMode ? (
        <>
          <CodeHeading page={page} hideTitle />
          <BookReveal code={page.display}>
            <CodeSummary page={page} />
            <CodeDetail page={page} />
          </BookReveal>
        </>
      ) : (
        <>
          <CodeHeading page={page} />
          <CodeDetail page={page} />
        </>
      )}
      <SetFooter page={page} />
    </>
  );
}
