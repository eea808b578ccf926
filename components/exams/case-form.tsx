"use client";

import { useEffect, useRef, useState } from "react";

export interface CaseValue {
  kind: "case";
  diagnoses: string[];
  procedures: { code: string; modifiers: string[]; units: number }[];
}

interface Props {
  value: CaseValue | null;
  asksProcedures: boolean;
  setting: "inpatient" | "outpatient" | "professional";
  disabled?: boolean;
  onChange: (value: CaseValue) => void;
}

interface ProcedureDraft {
  code: string;
  modifiers: string;
  units: string;
}

function toValue(dx: string[], px: ProcedureDraft[]): CaseValue {
  return {
    kind: "case",
    diagnoses: dx.map((d) => d.trim().toUpperCase()),
    procedures: px.map((p) => ({
      code: p.code.trim().toUpperCase(),
      modifiers: p.modifiers
        .split(/[\s,]+/)
        .map((m) => m.trim().toUpperCase())
        .filter(Boolean)
        .slice(0, 4),
      units: Math.max(0, Math.min(9999, Number.parseInt(p.units || "1", 10) || 1)),
    })),
  };
}

/** Entry of a coding case: diagnoses in order (principal first), procedures with modifiers and units. Saves after a pause. */
export function CaseForm({ value, asksProcedures, setting, disabled, onChange }: Props) {
  const [dx, setDx] = useState<string[]>(() => (value?.diagnoses.length ? value.diagnoses : ["", ""]));
  const [px, setPx] = useState<ProcedureDraft[]>(() =>
    value?.procedures.length
      ? value.procedures.map((p) => ({ code: p.code, modifiers: p.modifiers.join(", "), units: String(p.units) }))
      : asksProcedures
        ? [{ code: "", modifiers: "", units: "1" }]
        : [],
  );
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const first = useRef(true);
  const onChangeRef = useRef(onChange);
  const unsaved = useRef<CaseValue | null>(null);

  useEffect(() => {
    onChangeRef.current = onChange;
  });

  // Saves after a pause in typing; the parent re-renders every second (the clock), so only dx/px changes count.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    unsaved.current = toValue(dx, px);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (unsaved.current) onChangeRef.current(unsaved.current);
      unsaved.current = null;
    }, 600);
  }, [dx, px]);

  // Leaving the item (unmount) saves what was typed at once.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (unsaved.current) onChangeRef.current(unsaved.current);
    },
    [],
  );

  const procedureLabel = setting === "inpatient" ? "Procedures (ICD-10-PCS)" : "Procedures (CPT / HCPCS)";
  return (
    <div className="mt-5 space-y-6">
      <fieldset disabled={disabled}>
        <legend className="text-sm font-semibold text-slate-900">Diagnoses (ICD-10-CM), {setting === "inpatient" ? "principal" : "first-listed"} first</legend>
        <ol className="mt-2 space-y-2">
          {dx.map((code, i) => (
            <li key={i} className="flex items-center gap-2">
              <label className="w-28 text-sm text-slate-600" htmlFor={`dx-${i}`}>
                {i === 0 ? (setting === "inpatient" ? "Principal" : "First-listed") : `Diagnosis ${i + 1}`}
              </label>
              <input
                id={`dx-${i}`}
                value={code}
                autoComplete="off"
                spellCheck={false}
                maxLength={10}
                placeholder={i === 0 ? "e.g. E11.9" : ""}
                onChange={(e) => setDx((list) => list.map((c, j) => (j === i ? e.target.value : c)))}
                className="w-36 rounded-md border border-slate-300 px-3 py-1.5 font-mono uppercase focus:outline-none focus:ring-2 focus:ring-brand-500"
              />
              {dx.length > 1 ? (
                <button type="button" aria-label={`Remove diagnosis ${i + 1}`} onClick={() => setDx((list) => list.filter((_, j) => j !== i))} className="text-sm text-slate-500 hover:text-rose-700">
                  Remove
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        {dx.length < 25 ? (
          <button type="button" onClick={() => setDx((list) => [...list, ""])} className="mt-2 text-sm font-medium text-brand-700 hover:underline">
            + Add diagnosis
          </button>
        ) : null}
      </fieldset>
      {asksProcedures || px.length > 0 ? (
        <fieldset disabled={disabled}>
          <legend className="text-sm font-semibold text-slate-900">{procedureLabel}</legend>
          <div className="mt-2 space-y-2">
            {px.map((p, i) => (
              <div key={i} className="flex flex-wrap items-end gap-2">
                <label className="text-xs text-slate-600">
                  Code
                  <input
                    aria-label={`Procedure ${i + 1} code`}
                    value={p.code}
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={10}
                    onChange={(e) => setPx((list) => list.map((q, j) => (j === i ? { ...q, code: e.target.value } : q)))}
                    className="mt-1 block w-32 rounded-md border border-slate-300 px-3 py-1.5 font-mono uppercase focus:outline-none focus:ring-2 focus:ring-brand-500"
                  />
                </label>
                {setting !== "inpatient" ? (
                  <>
                    <label className="text-xs text-slate-600">
                      Modifiers
                      <input
                        aria-label={`Procedure ${i + 1} modifiers`}
                        value={p.modifiers}
                        placeholder="e.g. 59, RT"
                        autoComplete="off"
                        onChange={(e) => setPx((list) => list.map((q, j) => (j === i ? { ...q, modifiers: e.target.value } : q)))}
                        className="mt-1 block w-32 rounded-md border border-slate-300 px-3 py-1.5 font-mono uppercase focus:outline-none focus:ring-2 focus:ring-brand-500"
                      />
                    </label>
                    <label className="text-xs text-slate-600">
                      Units
                      <input
                        aria-label={`Procedure ${i + 1} units`}
                        value={p.units}
                        inputMode="numeric"
                        onChange={(e) => setPx((list) => list.map((q, j) => (j === i ? { ...q, units: e.target.value.replace(/\D/g, "") } : q)))}
                        className="mt-1 block w-20 rounded-md border border-slate-300 px-3 py-1.5 font-mono focus:outline-none focus:ring-2 focus:ring-brand-500"
                      />
                    </label>
                  </>
                ) : null}
                <button type="button" aria-label={`Remove procedure ${i + 1}`} onClick={() => setPx((list) => list.filter((_, j) => j !== i))} className="pb-2 text-sm text-slate-500 hover:text-rose-700">
                  Remove
                </button>
              </div>
            ))}
          </div>
          {px.length < 25 ? (
            <button type="button" onClick={() => setPx((list) => [...list, { code: "", modifiers: "", units: "1" }])} className="mt-2 text-sm font-medium text-brand-700 hover:underline">
              + Add procedure
            </button>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}
