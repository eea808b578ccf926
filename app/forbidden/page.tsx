import type { Metadata } from "next";
import Forbidden from "../forbidden";

export const metadata: Metadata = { title: "Not allowed", robots: { index: false } };

export default function ForbiddenPage() {
  return <Forbidden />;
}
