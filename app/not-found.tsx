import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wider text-slate-500">404</p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">We couldn&apos;t find that page</h1>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 hover:underline">
        Back to Codecert
      </Link>
    </div>
  );
}
