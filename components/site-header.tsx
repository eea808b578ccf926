import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { getCurrentUser } from "@/lib/auth/session";
import { navFor, ROLE_LABELS } from "@/lib/auth/roles";
import { MobileNav } from "./mobile-nav";

export async function SiteHeader() {
  const user = await getCurrentUser();
  const items = user ? navFor(user.role) : [];
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-6 px-4 sm:px-6">
        <Link href={user ? "/learn" : "/"} className="flex items-center gap-2 text-lg font-bold tracking-tight text-slate-900">
          <span aria-hidden className="grid h-8 w-8 place-items-center rounded-md bg-brand-600 font-mono text-sm text-white">
            Cc
          </span>
          Codecert
        </Link>
        {user ? (
          <nav aria-label="Main" className="hidden flex-1 md:block">
            <ul className="flex items-center gap-1">
              {items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : (
          <div className="flex-1" />
        )}
        {user ? (
          <div className="flex items-center gap-3">
            <Link href="/account" className="hidden text-right text-sm sm:block" data-testid="account-link">
              <span className="block font-medium text-slate-900">{user.name}</span>
              <span className="block text-xs text-slate-500" data-testid="role-badge">
                {ROLE_LABELS[user.role]}
              </span>
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
                Sign out
              </button>
            </form>
            <MobileNav items={items} />
          </div>
        ) : (
          <div className="flex items-center gap-2">
            <Link href="/sign-in" className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
              Sign in
            </Link>
            <Link href="/sign-up" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700">
              Create account
            </Link>
          </div>
        )}
      </div>
    </header>
  );
}
