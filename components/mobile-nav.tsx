"use client";

import Link from "next/link";
import { useState } from "react";
import type { NavItem } from "@/lib/auth/roles";

export function MobileNav({ items }: { items: NavItem[] }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="md:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="mobile-nav"
        onClick={() => setOpen((o) => !o)}
        className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300"
      >
        Menu
      </button>
      {open ? (
        <nav id="mobile-nav" aria-label="Main" className="absolute inset-x-0 top-16 z-20 border-b border-slate-200 bg-white shadow-md">
          <ul className="mx-auto max-w-6xl px-4 py-2">
            {[...items, { href: "/account", label: "Account" }].map((item) => (
              <li key={item.href}>
                <Link href={item.href} onClick={() => setOpen(false)} className="block rounded-md px-3 py-2 text-slate-800 hover:bg-slate-100">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
