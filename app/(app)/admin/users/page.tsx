import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { listUsers } from "@/lib/db/queries/users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requireArea("users", "/admin/users");
  const users = await listUsers(await getDb());
  return (
    <>
      <PageHeader title="Users" description="Everyone with an account on this site. Create administrators with npm run user:create." />
      <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Accounts</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wider text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-3">Name</th>
              <th scope="col" className="px-4 py-3">Email</th>
              <th scope="col" className="px-4 py-3">Role</th>
              <th scope="col" className="px-4 py-3">Joined</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((u) => (
              <tr key={u.id}>
                <td className="px-4 py-3 font-medium text-slate-900">{u.name}</td>
                <td className="px-4 py-3 text-slate-700">{u.email}</td>
                <td className="px-4 py-3 text-slate-700">{ROLE_LABELS[u.role]}</td>
                <td className="px-4 py-3 text-slate-500">{u.createdAt.toISOString().slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
