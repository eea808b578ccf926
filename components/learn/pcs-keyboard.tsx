"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Keyboard for the table builder: type a value's character to choose it, Backspace to step back. */
export function PcsKeyboard({ prefix, choices }: { prefix: string; choices: string[] }) {
  const router = useRouter();
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable)) return;
      if (event.key === "Backspace" && prefix.length > 0) {
        event.preventDefault();
        router.push(`/learn/pcs?code=${encodeURIComponent(prefix.slice(0, -1))}`);
        return;
      }
      const key = event.key.length === 1 ? event.key.toUpperCase() : "";
      if (key && choices.includes(key)) {
        event.preventDefault();
        router.push(`/learn/pcs?code=${encodeURIComponent(prefix + key)}`);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [prefix, choices, router]);
  return null;
}
