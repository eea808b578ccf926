import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

const FEATURES = [
  {
    title: "Lessons that teach the books",
    body: "Anatomy, terminology, ICD-10-CM, ICD-10-PCS, CPT and HCPCS Level II, written as a coding textbook would, with worked examples on real codes.",
  },
  {
    title: "Exams that feel like the real ones",
    body: "Timed CPC-style (100 items, 4 hours, 70% to pass) and CCS-style practice exams with a navigator, flags, strike-through and a server-kept clock.",
  },
  {
    title: "Scored by a claim scrubber",
    body: "Every code you enter is checked by the same engine a billing team would run: billable codes, 7th characters, Excludes1, NCCI and MUE edits, modifiers.",
  },
  {
    title: "For instructors and employers",
    body: "Run classes and see which questions work, or send candidates a timed coding assessment and get a report you can trust.",
  },
];

export default function LandingPage() {
  return (
    <div className="space-y-16">
      <section className="grid items-center gap-10 pt-6 lg:grid-cols-2">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">Medical coding certification training</p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
            Code it right. Pass the CPC or CCS with confidence.
          </h1>
          <p className="mt-5 text-lg leading-relaxed text-slate-600">
            Codecert turns diagnoses and procedures into practice: learn the code sets, drill what you forget, and sit timed exams whose
            coding cases are graded line by line by a real code-validation engine.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/sign-up" className={buttonClass("primary", "px-5 py-3 text-base")}>
              Start studying free
            </Link>
            <Link href="/sign-in" className={buttonClass("secondary", "px-5 py-3 text-base")}>
              Sign in
            </Link>
          </div>
        </div>
        <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200" aria-label="Example of coding feedback">
          <p className="text-xs font-semibold uppercase tracking-wider text-slate-500">Coding case feedback</p>
          <ul className="mt-4 space-y-3 font-mono text-sm">
            <li className="flex items-start gap-3">
              <span className="rounded bg-emerald-100 px-2 py-0.5 text-emerald-800">E11.22</span>
              <span className="font-sans text-slate-700">Correct principal diagnosis: type 2 diabetes with diabetic CKD.</span>
            </li>
            <li className="flex items-start gap-3">
              <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-800">N18</span>
              <span className="font-sans text-slate-700">N18 is a category, not a billable code: add the stage, such as N18.31.</span>
            </li>
            <li className="flex items-start gap-3">
              <span className="rounded bg-rose-100 px-2 py-0.5 text-rose-800">E10.9</span>
              <span className="font-sans text-slate-700">Excludes1: type 1 and type 2 diabetes are never coded together.</span>
            </li>
          </ul>
        </div>
      </section>
      <section aria-labelledby="features-title">
        <h2 id="features-title" className="text-2xl font-bold tracking-tight">
          Built for the people who do the coding
        </h2>
        <div className="mt-6 grid gap-4 sm:grid-cols-2">
          {FEATURES.map((f) => (
            <div key={f.title} className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
              <h3 className="font-semibold text-slate-900">{f.title}</h3>
              <p className="mt-2 text-slate-600">{f.body}</p>
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
