/**
 * Medicare Code Editor age and sex edits, and the unacceptable-principal edit, for one code.
 * Age ranges are those of the CMS "Definitions of Medicare Code Edits".
 */
import type { Setting, Sex } from "../claim-types";
import type { MceEditType, MceLists } from "../types";
import type { Check } from "./context";

interface AgeEdit {
  type: MceEditType;
  min: number;
  max: number;
  what: string;
}

export const MCE_AGE_EDITS: readonly AgeEdit[] = [
  { type: "Newborn_Only", min: 0, max: 0, what: "a newborn (perinatal) code, for age 0 only" },
  { type: "Pediatric_Only", min: 0, max: 17, what: "a pediatric code, for ages 0 to 17" },
  { type: "Maternity_Only", min: 9, max: 64, what: "a maternity code, for ages 9 to 64" },
  { type: "Adult_Only", min: 15, max: 124, what: "an adult code, for ages 15 to 124" },
];

export interface PatientFacts {
  age: number | undefined;
  sex: Sex | undefined;
  setting: Setting | undefined;
}

/** Runs the MCE edit types listing a code (`types`, from mce.edits) against the patient; `shown` is the code as displayed. */
export function checkMce(
  check: Check,
  mce: MceLists,
  types: readonly MceEditType[],
  codeType: "D" | "P",
  shown: string,
  principal: boolean,
  patient: PatientFacts,
  path: string,
): void {
  if (types.length === 0) return;
  check.use(mce.meta);
  for (const type of types) {
    if (type === "Female_Only" || type === "Male_Only") {
      const needed = type === "Female_Only" ? "F" : "M";
      if (patient.sex !== undefined && patient.sex !== "U" && patient.sex !== needed) {
        check.report(
          "mce.sex-conflict",
          [shown],
          `${shown} is a ${needed === "F" ? "female" : "male"}-only ${codeType === "D" ? "diagnosis" : "procedure"} in the Medicare Code Editor, but the patient's sex is ${patient.sex}. Check the sex on the claim and the code. (The MCE retired this edit on 2024-10-01; many payers still apply it.)`,
          mce.meta,
          path,
        );
      }
      continue;
    }
    if (type === "Principal_Unacceptable") {
      if (principal && patient.setting === "inpatient") {
        check.report(
          "mce.principal-unacceptable",
          [shown],
          `${shown} is not acceptable as the principal diagnosis of an inpatient stay (Medicare Code Editor): sequence the condition chiefly responsible for the admission first.`,
          mce.meta,
          path,
        );
      }
      continue;
    }
    if (patient.age === undefined) continue;
    for (const edit of MCE_AGE_EDITS) {
      if (edit.type !== type) continue;
      if (patient.age < edit.min || patient.age > edit.max) {
        check.report(
          "mce.age-conflict",
          [shown],
          `${shown} is ${edit.what} (Medicare Code Editor), but the patient's age is ${patient.age}. Check the age on the claim, or choose the code for the patient's age group.`,
          mce.meta,
          path,
        );
      }
    }
  }
}
