"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/learn", label: "Lessons", match: (p: string) => p === "/learn" || !/^\/learn\/(codes|pcs|drills)(\/|$)/.test(p) },
  { href: "/learn/codes", label: "Code browser", match: (p: string) => p.startsWith("/learn/codes") },
  { href: "/learn/pcs", label: "PCS builder", long: "PCS table builder", match: (p: string) => p.startsWith("/learn/pcs") },
  { href: "/learn/drills", label: "Drills", match: (p: string) => p.startsWith("/learn/drills") },
];

/** The Learn area's tabs. */
export function LearnNav() {
  const pathname = usePathname() ?? "/learn";
  return (
    <nav aria-label="Learn" className="-mt-4 mb-8 overflow-x-auto border-b border-slate-200">
      <ul className="flex min-w-max gap-1">
        {ITEMS.map((item) => {
          const active = item.match(pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`-mb-px inline-block border-b-2 px-2.5 py-2.5 sm:px-3 text-sm font-medium transition-colors ${
                  active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                }`}
              >
                {"long" in item ? (
                  <>
                    <span className="sm:hidden">{item.label}</span>
                    <span className="hidden sm:inline">{item.long}</span>
                  </>
                ) : (
                  item.label
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
