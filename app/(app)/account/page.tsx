import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { organizationsOf } from "@/lib/db/queries/users";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const orgs = await organizationsOf(await getDb(), user.id);
  return (
    <>
      <PageHeader title="Your account" />
      <dl className="grid max-w-2xl gap-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2">
        <div>
          <dt className="text-xs font-semibold uppercase tracking-wider text-slate-500">Name</dt>
          <dd className="mt-1 text-slate-900">{user.name}</dd>
        </div>
        <div>
          <dt className="text-xs font-semibold uppercase tracking-wider text-slate-500">Email</dt>
          <dd className="mt-1 text-slate-900">{user.email}</dd>
        </div>
        <div>
          <dt className="text-xs font-semibold uppercase tracking-wider text-slate-500">Role</dt>
          <dd className="mt-1 text-slate-900">{ROLE_LABELS[user.role]}</dd>
        </div>
        <div>
          <dt className="text-xs font-semibold uppercase tracking-wider text-slate-500">Member since</dt>
          <dd className="mt-1 text-slate-900">{user.createdAt.toISOString().slice(0, 10)}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-xs font-semibold uppercase tracking-wider text-slate-500">Organisations</dt>
          <dd className="mt-1 text-slate-900">
            {orgs.length === 0 ? (
              <span className="text-slate-500">None yet. An instructor or employer can add you to theirs.</span>
            ) : (
              <ul className="list-inside list-disc">
                {orgs.map((o) => (
                  <li key={o.id}>
                    {o.name} <span className="text-slate-500">({o.kind}, {o.role})</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </>
  );
}
