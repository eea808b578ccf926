import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Codecert — medical coding certification training", template: "%s · Codecert" },
  description:
    "Learn ICD-10-CM, ICD-10-PCS, CPT and HCPCS Level II coding, drill, and sit timed CPC- and CCS-style practice exams scored by a real claim-validation engine.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <SiteHeader />
        <main id="main" className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
          {children}
        </main>
        <footer className="border-t border-slate-200 py-8 text-center text-xs text-slate-500">
          Codecert is open source. ICD-10-CM, ICD-10-PCS and HCPCS Level II are public-domain code sets from CMS and CDC. CPT® is a
          registered trademark of the American Medical Association; Codecert ships no CPT descriptors.
        </footer>
      </body>
    </html>
  );
}
