/**
 * The modifiers NCCI accepts to bypass a procedure-to-procedure edit whose modifier indicator is 1
 * (CMS, "NCCI Policy Manual", chapter I, and the PTP edit FAQ): anatomic, global-surgery,
 * distinct-service and repeat-test modifiers.
 */

/** CPT (Level I) modifiers on the NCCI list. */
export const NCCI_CPT_MODIFIERS: readonly string[] = ["24", "25", "57", "58", "59", "78", "79", "91"];

const range = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_v, i) => `${prefix}${from + i}`);

/** HCPCS Level II modifiers on the NCCI list. */
export const NCCI_HCPCS_MODIFIERS: readonly string[] = [
  "XE",
  "XP",
  "XS",
  "XU",
  ...range("E", 1, 4),
  "FA",
  ...range("F", 1, 9),
  "TA",
  ...range("T", 1, 9),
  "LT",
  "RT",
  "LC",
  "LD",
  "LM",
  "RC",
  "RI",
];

const ALL = new Set<string>([...NCCI_CPT_MODIFIERS, ...NCCI_HCPCS_MODIFIERS]);

/** true when the modifier can bypass an NCCI PTP edit with modifier indicator 1. */
export function isNcciAssociatedModifier(code: string): boolean {
  return ALL.has(code.trim().toUpperCase());
}

/** "hcpcs" for Level II (alphanumeric) modifiers, "cpt" for Level I (two digits). */
export function modifierSystem(code: string): "hcpcs" | "cpt" {
  return /^\d\d$/.test(code) ? "cpt" : "hcpcs";
}
