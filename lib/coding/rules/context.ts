/**
 * The state of one validation: the library and date, the sets consulted, and the findings so far.
 * Messages are only built when a finding is reported; a clean code allocates almost nothing.
 */
import type { Finding, SetUsed, ValidationResult } from "../claim-types";
import { releaseMayBeOutdated } from "../library";
import type { CodeLibrary, CodeSetMeta, CptSet, HcpcsSet, Icd10CmSet, Icd10PcsSet, MceLists, SetKind } from "../types";
import { RULES, type RuleId } from "./registry";

const setUsedCache = new WeakMap<CodeSetMeta, SetUsed>();

const RELEASE_NAMES: Partial<Record<SetKind, string>> = { hcpcs: "HCPCS", "ncci-ptp": "NCCI PTP", mue: "MUE" };

/** The last date seen for each open-ended quarterly release, and whether it was past the release's quarter. */
const outdatedCache = new WeakMap<CodeSetMeta, { date: string; outdated: boolean }>();

function mayBeOutdated(meta: CodeSetMeta, date: string): boolean {
  if (meta.effectiveTo !== null) return false;
  const hit = outdatedCache.get(meta);
  if (hit !== undefined && hit.date === date) return hit.outdated;
  const outdated = releaseMayBeOutdated(meta, date);
  outdatedCache.set(meta, { date, outdated });
  return outdated;
}

function setUsedOf(meta: CodeSetMeta): SetUsed {
  let u = setUsedCache.get(meta);
  if (u === undefined) {
    u = { id: meta.id, label: meta.label, source: meta.source };
    setUsedCache.set(meta, u);
  }
  return u;
}

export class Check {
  readonly findings: Finding[] = [];
  private readonly used: CodeSetMeta[] = [];
  private errorCount = 0;
  private teachingAnswered = false;
  /** undefined = not looked up yet; null = none in force. */
  private cmSet: Icd10CmSet | null | undefined;
  /** undefined = not looked up yet; null = none in force. */
  private pcsSet: Icd10PcsSet | null | undefined;
  /** undefined = not looked up yet; null = none in force. */
  private hcpcsSet: HcpcsSet | null | undefined;
  /** undefined = not looked up yet; null = none in force. */
  private cptSet: CptSet | null | undefined;
  /** undefined = not looked up yet; null = none in force. */
  private mceLists: MceLists | null | undefined;

  constructor(
    readonly library: CodeLibrary,
    readonly date: string,
  ) {}

  get errors(): number {
    return this.errorCount;
  }

  /** Records a finding. `set` names the data the rule used (shown as the source). */
  report(rule: RuleId, codes: string[], message: string, set?: CodeSetMeta, path?: string): void {
    const info = RULES[rule];
    const finding: Finding = {
      rule,
      severity: info.severity,
      codes,
      message,
      source: set === undefined ? { title: info.source } : { title: `${info.source}: ${set.label}`, setId: set.id },
    };
    if (path !== undefined) finding.path = path;
    if (info.severity === "error") this.errorCount++;
    this.findings.push(finding);
  }

  /**
   * Notes that a set was consulted (listed once in the result). The first use of the newest quarterly
   * release on a date past the quarter it started in adds a set.may-be-outdated warning.
   */
  use(meta: CodeSetMeta): void {
    for (let i = 0; i < this.used.length; i++) if (this.used[i] === meta) return;
    this.used.push(meta);
    if (meta.source === "teaching" && (meta.kind === "icd10cm" || meta.kind === "icd10pcs" || meta.kind === "hcpcs")) this.teachingAnswered = true;
    if (mayBeOutdated(meta, this.date)) {
      const kind = RELEASE_NAMES[meta.kind] ?? meta.kind;
      this.report(
        "set.may-be-outdated",
        [],
        `The newest installed ${kind} release is ${meta.version} (${meta.label}, in force from ${meta.effectiveFrom}); it may be out of date for ${this.date}: ${kind} releases come out every quarter. Install the release in force on that date (npm run codes:sync, or npm run codes:import) to check against it.`,
        meta,
      );
    }
  }

  cm(): Icd10CmSet | undefined {
    if (this.cmSet === undefined) this.cmSet = this.library.icd10cm(this.date) ?? null;
    return this.cmSet ?? undefined;
  }

  pcs(): Icd10PcsSet | undefined {
    if (this.pcsSet === undefined) this.pcsSet = this.library.icd10pcs(this.date) ?? null;
    return this.pcsSet ?? undefined;
  }

  hcpcs(): HcpcsSet | undefined {
    if (this.hcpcsSet === undefined) this.hcpcsSet = this.library.hcpcs(this.date) ?? null;
    return this.hcpcsSet ?? undefined;
  }

  cpt(): CptSet | undefined {
    if (this.cptSet === undefined) this.cptSet = this.library.cpt(this.date) ?? null;
    return this.cptSet ?? undefined;
  }

  mce(): MceLists | undefined {
    if (this.mceLists === undefined) this.mceLists = this.library.mce(this.date) ?? null;
    return this.mceLists ?? undefined;
  }

  result(): ValidationResult {
    const sets: SetUsed[] = new Array<SetUsed>(this.used.length);
    for (let i = 0; i < this.used.length; i++) {
      const meta = this.used[i];
      if (meta !== undefined) sets[i] = setUsedOf(meta);
    }
    return {
      valid: this.errorCount === 0,
      findings: this.findings,
      sets,
      teachingOnly: this.library.teachingOnly || this.teachingAnswered,
    };
  }
}

/** "ICD-10-CM FY2026 (teaching set)" style names for messages. */
export function setName(meta: CodeSetMeta): string {
  return meta.source === "teaching" ? `${meta.label} (teaching set)` : meta.label;
}
