import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wider text-rose-700">403 — Not allowed</p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">This page isn&apos;t part of your role</h1>
      <p className="mt-3 text-slate-600">Your account can&apos;t open this area. If you think it should, ask your organisation&apos;s administrator.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 hover:underline">
        Go to your home page
      </Link>
    </div>
  );
}
