/**
 * Teaching set, ICD-10-PCS FY2026: codes for lessons and exam questions, with an excerpt of each
 * code's table. Written by hand; titles are the official FY2026 long titles and the table labels
 * those of the FY2026 Tables XML (teaching.test.ts checks both). A teaching row keeps only the body
 * parts the lessons use, but every approach, device and qualifier of that official row, so the
 * table explanation for a teaching body part is the official one.
 */
import type { PcsAxis, PcsRow, PcsTable } from "../types";

type Labels = [code: string, text: string][];

interface TableSpec {
  /** The order-file title of the table header, e.g. "Gastrointestinal System, Resection". */
  title: string;
  table: PcsTable;
  /** [code, official long title] */
  codes: [string, string][];
}

const axis = (pos: number, title: string, labels: Labels, definition?: string): PcsAxis => {
  const a: PcsAxis = { pos, title, labels: labels.map(([code, text]) => ({ code, text })) };
  if (definition !== undefined) a.definition = definition;
  return a;
};

/** A row: axes 4–7 as [title, labels]. */
const row = (...axes: [string, Labels][]): PcsRow => ({ axes: axes.map(([title, labels], i) => axis(i + 4, title, labels)) });

const NONE_DEVICE: [string, Labels] = ["Device", [["Z", "No Device"]]];
const NO_QUALIFIER: [string, Labels] = ["Qualifier", [["Z", "No Qualifier"]]];
const IMAGING_NONE: [string, Labels] = ["Qualifier", [["Z", "None"]]];

function table(
  code: string,
  section: string,
  bodySystem: string,
  operation: { title: "Operation" | "Type"; text: string; definition: string },
  title: string,
  rows: PcsRow[],
  codes: [string, string][],
): TableSpec {
  return {
    title,
    codes,
    table: {
      code,
      axes: [
        axis(1, "Section", [[code[0] ?? "", section]]),
        axis(2, "Body System", [[code[1] ?? "", bodySystem]]),
        axis(3, operation.title, [[code[2] ?? "", operation.text]], operation.definition),
      ],
      rows,
    },
  };
}

const MS = "Medical and Surgical";
const RESECTION = { title: "Operation", text: "Resection", definition: "Cutting out or off, without replacement, all of a body part" } as const;
const EXCISION = { title: "Operation", text: "Excision", definition: "Cutting out or off, without replacement, a portion of a body part" } as const;
const INSPECTION = { title: "Operation", text: "Inspection", definition: "Visually and/or manually exploring a body part" } as const;
const INSERTION = {
  title: "Operation",
  text: "Insertion",
  definition: "Putting in a nonbiological appliance that monitors, assists, performs, or prevents a physiological function but does not physically take the place of a body part",
} as const;
const REPAIR = { title: "Operation", text: "Repair", definition: "Restoring, to the extent possible, a body part to its normal anatomic structure and function" } as const;
const DRAINAGE = { title: "Operation", text: "Drainage", definition: "Taking or letting out fluids and/or gases from a body part" } as const;
const EXTRACTION = { title: "Operation", text: "Extraction", definition: "Pulling or stripping out or off all or a portion of a body part by the use of force" } as const;

const OPEN_PERC_ENDO: Labels = [["0", "Open"], ["3", "Percutaneous"], ["4", "Percutaneous Endoscopic"]];
const ALL_FIVE: Labels = [
  ["0", "Open"],
  ["3", "Percutaneous"],
  ["4", "Percutaneous Endoscopic"],
  ["7", "Via Natural or Artificial Opening"],
  ["8", "Via Natural or Artificial Opening Endoscopic"],
];
const ALL_SIX: Labels = [...ALL_FIVE, ["X", "External"]];

export const TEACHING_PCS_TABLES: TableSpec[] = [
  table("021", MS, "Heart and Great Vessels", { title: "Operation", text: "Bypass", definition: "Altering the route of passage of the contents of a tubular body part" }, "Heart and Great Vessels, Bypass", [
    row(
      ["Body Part", [["0", "Coronary Artery, One Artery"]]],
      ["Approach", [["0", "Open"]]],
      ["Device", [["8", "Zooplastic Tissue"], ["9", "Autologous Venous Tissue"], ["A", "Autologous Arterial Tissue"], ["J", "Synthetic Substitute"], ["K", "Nonautologous Tissue Substitute"]]],
      ["Qualifier", [["3", "Coronary Artery"], ["8", "Internal Mammary, Right"], ["9", "Internal Mammary, Left"], ["C", "Thoracic Artery"], ["F", "Abdominal Artery"], ["W", "Aorta"]]],
    ),
  ], [["021009W", "Bypass Coronary Artery, One Artery from Aorta with Autologous Venous Tissue, Open Approach"]]),
  table("027", MS, "Heart and Great Vessels", { title: "Operation", text: "Dilation", definition: "Expanding an orifice or the lumen of a tubular body part" }, "Heart and Great Vessels, Dilation", [
    row(
      ["Body Part", [["0", "Coronary Artery, One Artery"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [
        ["4", "Intraluminal Device, Drug-eluting"],
        ["5", "Intraluminal Device, Drug-eluting, Two"],
        ["6", "Intraluminal Device, Drug-eluting, Three"],
        ["7", "Intraluminal Device, Drug-eluting, Four or More"],
        ["D", "Intraluminal Device"],
        ["E", "Intraluminal Device, Two"],
        ["F", "Intraluminal Device, Three"],
        ["G", "Intraluminal Device, Four or More"],
        ["T", "Intraluminal Device, Radioactive"],
        ["Z", "No Device"],
      ]],
      ["Qualifier", [["6", "Bifurcation"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["027034Z", "Dilation of Coronary Artery, One Artery with Drug-eluting Intraluminal Device, Percutaneous Approach"],
    ["02703DZ", "Dilation of Coronary Artery, One Artery with Intraluminal Device, Percutaneous Approach"],
    ["02703ZZ", "Dilation of Coronary Artery, One Artery, Percutaneous Approach"],
  ]),
  table("02H", MS, "Heart and Great Vessels", INSERTION, "Heart and Great Vessels, Insertion", [
    row(
      ["Body Part", [["V", "Superior Vena Cava"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [["0", "Monitoring Device, Pressure Sensor"], ["2", "Monitoring Device"], ["3", "Infusion Device"], ["D", "Intraluminal Device"], ["Y", "Other Device"]]],
      NO_QUALIFIER,
    ),
  ], [["02HV33Z", "Insertion of Infusion Device into Superior Vena Cava, Percutaneous Approach"]]),
  table("0BH", MS, "Respiratory System", INSERTION, "Respiratory System, Insertion", [
    row(
      ["Body Part", [["1", "Trachea"]]],
      ["Approach", [["7", "Via Natural or Artificial Opening"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      ["Device", [["2", "Monitoring Device"], ["D", "Intraluminal Device"], ["E", "Intraluminal Device, Endotracheal Airway"], ["Y", "Other Device"]]],
      NO_QUALIFIER,
    ),
  ], [["0BH17EZ", "Insertion of Endotracheal Airway into Trachea, Via Natural or Artificial Opening"]]),
  table("0BJ", MS, "Respiratory System", INSPECTION, "Respiratory System, Inspection", [
    row(["Body Part", [["0", "Tracheobronchial Tree"]]], ["Approach", ALL_SIX], NONE_DEVICE, NO_QUALIFIER),
  ], [["0BJ08ZZ", "Inspection of Tracheobronchial Tree, Via Natural or Artificial Opening Endoscopic"]]),
  table("0CT", MS, "Mouth and Throat", RESECTION, "Mouth and Throat, Resection", [
    row(["Body Part", [["P", "Tonsils"], ["Q", "Adenoids"]]], ["Approach", [["0", "Open"], ["X", "External"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0CTPXZZ", "Resection of Tonsils, External Approach"],
    ["0CTQXZZ", "Resection of Adenoids, External Approach"],
  ]),
  table("0DB", MS, "Gastrointestinal System", EXCISION, "Gastrointestinal System, Excision", [
    row(["Body Part", [["9", "Duodenum"]]], ["Approach", ALL_FIVE], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
    row(["Body Part", [["6", "Stomach"]]], ["Approach", ALL_FIVE], NONE_DEVICE, ["Qualifier", [["3", "Vertical"], ["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
  ], [
    ["0DB68ZX", "Excision of Stomach, Via Natural or Artificial Opening Endoscopic, Diagnostic"],
    ["0DB98ZX", "Excision of Duodenum, Via Natural or Artificial Opening Endoscopic, Diagnostic"],
  ]),
  table("0DJ", MS, "Gastrointestinal System", INSPECTION, "Gastrointestinal System, Inspection", [
    row(["Body Part", [["0", "Upper Intestinal Tract"], ["D", "Lower Intestinal Tract"]]], ["Approach", ALL_SIX], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0DJ08ZZ", "Inspection of Upper Intestinal Tract, Via Natural or Artificial Opening Endoscopic"],
    ["0DJD8ZZ", "Inspection of Lower Intestinal Tract, Via Natural or Artificial Opening Endoscopic"],
  ]),
  table("0DT", MS, "Gastrointestinal System", RESECTION, "Gastrointestinal System, Resection", [
    row(["Body Part", [["J", "Appendix"]]], ["Approach", [["0", "Open"], ["7", "Via Natural or Artificial Opening"], ["8", "Via Natural or Artificial Opening Endoscopic"]]], NONE_DEVICE, NO_QUALIFIER),
    row(["Body Part", [["J", "Appendix"]]], ["Approach", [["4", "Percutaneous Endoscopic"]]], NONE_DEVICE, ["Qualifier", [["G", "Hand-Assisted"], ["Z", "No Qualifier"]]]),
    row(["Body Part", [["N", "Sigmoid Colon"]]], ["Approach", [["4", "Percutaneous Endoscopic"]]], NONE_DEVICE, ["Qualifier", [["G", "Hand-Assisted"], ["Z", "No Qualifier"]]]),
  ], [
    ["0DTJ0ZZ", "Resection of Appendix, Open Approach"],
    ["0DTJ4ZZ", "Resection of Appendix, Percutaneous Endoscopic Approach"],
    ["0DTN4ZZ", "Resection of Sigmoid Colon, Percutaneous Endoscopic Approach"],
  ]),
  table("0FB", MS, "Hepatobiliary System and Pancreas", EXCISION, "Hepatobiliary System and Pancreas, Excision", [
    row(["Body Part", [["0", "Liver"]]], ["Approach", [["0", "Open"], ["3", "Percutaneous"]]], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
  ], [["0FB03ZX", "Excision of Liver, Percutaneous Approach, Diagnostic"]]),
  table("0FT", MS, "Hepatobiliary System and Pancreas", RESECTION, "Hepatobiliary System and Pancreas, Resection", [
    row(["Body Part", [["4", "Gallbladder"]]], ["Approach", [["0", "Open"]]], NONE_DEVICE, NO_QUALIFIER),
    row(["Body Part", [["4", "Gallbladder"]]], ["Approach", [["4", "Percutaneous Endoscopic"]]], NONE_DEVICE, ["Qualifier", [["G", "Hand-Assisted"], ["Z", "No Qualifier"]]]),
  ], [
    ["0FT40ZZ", "Resection of Gallbladder, Open Approach"],
    ["0FT44ZZ", "Resection of Gallbladder, Percutaneous Endoscopic Approach"],
  ]),
  table("0GT", MS, "Endocrine System", RESECTION, "Endocrine System, Resection", [
    row(["Body Part", [["K", "Thyroid Gland"]]], ["Approach", [["0", "Open"], ["4", "Percutaneous Endoscopic"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [["0GTK0ZZ", "Resection of Thyroid Gland, Open Approach"]]),
  table("0HB", MS, "Skin and Breast", EXCISION, "Skin and Breast, Excision", [
    row(["Body Part", [["J", "Skin, Left Upper Leg"]]], ["Approach", [["X", "External"]]], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
  ], [["0HBJXZZ", "Excision of Left Upper Leg Skin, External Approach"]]),
  table("0HQ", MS, "Skin and Breast", REPAIR, "Skin and Breast, Repair", [
    row(["Body Part", [["0", "Skin, Scalp"]]], ["Approach", [["X", "External"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [["0HQ0XZZ", "Repair Scalp Skin, External Approach"]]),
  table("0HT", MS, "Skin and Breast", RESECTION, "Skin and Breast, Resection", [
    row(["Body Part", [["T", "Breast, Right"], ["U", "Breast, Left"], ["V", "Breast, Bilateral"]]], ["Approach", [["0", "Open"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0HTT0ZZ", "Resection of Right Breast, Open Approach"],
    ["0HTU0ZZ", "Resection of Left Breast, Open Approach"],
    ["0HTV0ZZ", "Resection of Bilateral Breast, Open Approach"],
  ]),
  table("0JH", MS, "Subcutaneous Tissue and Fascia", INSERTION, "Subcutaneous Tissue and Fascia, Insertion", [
    row(
      ["Body Part", [["6", "Subcutaneous Tissue and Fascia, Chest"]]],
      ["Approach", [["0", "Open"], ["3", "Percutaneous"]]],
      ["Device", [
        ["0", "Monitoring Device, Hemodynamic"],
        ["2", "Monitoring Device"],
        ["4", "Pacemaker, Single Chamber"],
        ["5", "Pacemaker, Single Chamber Rate Responsive"],
        ["6", "Pacemaker, Dual Chamber"],
        ["7", "Cardiac Resynchronization Pacemaker Pulse Generator"],
        ["8", "Defibrillator Generator"],
        ["9", "Cardiac Resynchronization Defibrillator Pulse Generator"],
        ["A", "Contractility Modulation Device"],
        ["B", "Stimulator Generator, Single Array"],
        ["C", "Stimulator Generator, Single Array Rechargeable"],
        ["D", "Stimulator Generator, Multiple Array"],
        ["E", "Stimulator Generator, Multiple Array Rechargeable"],
        ["F", "Subcutaneous Defibrillator Lead"],
        ["H", "Contraceptive Device"],
        ["M", "Stimulator Generator"],
        ["N", "Tissue Expander"],
        ["P", "Cardiac Rhythm Related Device"],
        ["V", "Infusion Device, Pump"],
        ["W", "Vascular Access Device, Totally Implantable"],
        ["X", "Vascular Access Device, Tunneled"],
        ["Y", "Other Device"],
      ]],
      NO_QUALIFIER,
    ),
  ], [["0JH63XZ", "Insertion of Tunneled Vascular Access Device into Chest Subcutaneous Tissue and Fascia, Percutaneous Approach"]]),
  table("0KQ", MS, "Muscles", REPAIR, "Muscles, Repair", [
    row(["Body Part", [["M", "Perineum Muscle"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, NO_QUALIFIER),
  ], [["0KQM0ZZ", "Repair Perineum Muscle, Open Approach"]]),
  table("0QS", MS, "Lower Bones", { title: "Operation", text: "Reposition", definition: "Moving to its normal location, or other suitable location, all or a portion of a body part" }, "Lower Bones, Reposition", [
    row(
      ["Body Part", [["6", "Upper Femur, Right"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [
        ["4", "Internal Fixation Device"],
        ["5", "External Fixation Device"],
        ["6", "Internal Fixation Device, Intramedullary"],
        ["B", "External Fixation Device, Monoplanar"],
        ["C", "External Fixation Device, Ring"],
        ["D", "External Fixation Device, Hybrid"],
        ["Z", "No Device"],
      ]],
      NO_QUALIFIER,
    ),
  ], [
    ["0QS604Z", "Reposition Right Upper Femur with Internal Fixation Device, Open Approach"],
    ["0QS634Z", "Reposition Right Upper Femur with Internal Fixation Device, Percutaneous Approach"],
  ]),
  table("0SG", MS, "Lower Joints", { title: "Operation", text: "Fusion", definition: "Joining together portions of an articular body part rendering the articular body part immobile" }, "Lower Joints, Fusion", [
    row(
      ["Body Part", [["0", "Lumbar Vertebral Joint"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [["A", "Interbody Fusion Device"]]],
      ["Qualifier", [["0", "Anterior Approach, Anterior Column"], ["J", "Posterior Approach, Anterior Column"]]],
    ),
  ], [["0SG00A0", "Fusion of Lumbar Vertebral Joint with Interbody Fusion Device, Anterior Approach, Anterior Column, Open Approach"]]),
  table("0SR", MS, "Lower Joints", {
    title: "Operation",
    text: "Replacement",
    definition: "Putting in or on biological or synthetic material that physically takes the place and/or function of all or a portion of a body part",
  }, "Lower Joints, Replacement", [
    row(
      ["Body Part", [["9", "Hip Joint, Right"], ["B", "Hip Joint, Left"]]],
      ["Approach", [["0", "Open"]]],
      ["Device", [
        ["1", "Synthetic Substitute, Metal"],
        ["2", "Synthetic Substitute, Metal on Polyethylene"],
        ["3", "Synthetic Substitute, Ceramic"],
        ["4", "Synthetic Substitute, Ceramic on Polyethylene"],
        ["6", "Synthetic Substitute, Oxidized Zirconium on Polyethylene"],
        ["J", "Synthetic Substitute"],
      ]],
      ["Qualifier", [["9", "Cemented"], ["A", "Uncemented"], ["Z", "No Qualifier"]]],
    ),
    row(
      ["Body Part", [["C", "Knee Joint, Right"], ["D", "Knee Joint, Left"]]],
      ["Approach", [["0", "Open"]]],
      ["Device", [
        ["6", "Synthetic Substitute, Oxidized Zirconium on Polyethylene"],
        ["J", "Synthetic Substitute"],
        ["L", "Synthetic Substitute, Unicondylar Medial"],
        ["M", "Synthetic Substitute, Unicondylar Lateral"],
        ["N", "Synthetic Substitute, Patellofemoral"],
      ]],
      ["Qualifier", [["9", "Cemented"], ["A", "Uncemented"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["0SR9019", "Replacement of Right Hip Joint with Metal Synthetic Substitute, Cemented, Open Approach"],
    ["0SRB0J9", "Replacement of Left Hip Joint with Synthetic Substitute, Cemented, Open Approach"],
    ["0SRC0J9", "Replacement of Right Knee Joint with Synthetic Substitute, Cemented, Open Approach"],
    ["0SRD0J9", "Replacement of Left Knee Joint with Synthetic Substitute, Cemented, Open Approach"],
  ]),
  table("0T9", MS, "Urinary System", DRAINAGE, "Urinary System, Drainage", [
    row(["Body Part", [["B", "Bladder"]]], ["Approach", ALL_FIVE], ["Device", [["0", "Drainage Device"]]], NO_QUALIFIER),
  ], [["0T9B70Z", "Drainage of Bladder with Drainage Device, Via Natural or Artificial Opening"]]),
  table("0TY", MS, "Urinary System", {
    title: "Operation",
    text: "Transplantation",
    definition: "Putting in or on all or a portion of a living body part taken from another individual or animal to physically take the place and/or function of all or a portion of a similar body part",
  }, "Urinary System, Transplantation", [
    row(["Body Part", [["0", "Kidney, Right"]]], ["Approach", [["0", "Open"]]], NONE_DEVICE, ["Qualifier", [["0", "Allogeneic"], ["1", "Syngeneic"], ["2", "Zooplastic"]]]),
  ], [["0TY00Z0", "Transplantation of Right Kidney, Allogeneic, Open Approach"]]),
  table("0UD", MS, "Female Reproductive System", EXTRACTION, "Female Reproductive System, Extraction", [
    row(
      ["Body Part", [["B", "Endometrium"]]],
      ["Approach", [["7", "Via Natural or Artificial Opening"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      NONE_DEVICE,
      ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]],
    ),
  ], [["0UDB7ZZ", "Extraction of Endometrium, Via Natural or Artificial Opening"]]),
  table("0UL", MS, "Female Reproductive System", { title: "Operation", text: "Occlusion", definition: "Completely closing an orifice or the lumen of a tubular body part" }, "Female Reproductive System, Occlusion", [
    row(
      ["Body Part", [["7", "Fallopian Tubes, Bilateral"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [["C", "Extraluminal Device"], ["D", "Intraluminal Device"], ["Z", "No Device"]]],
      NO_QUALIFIER,
    ),
  ], [
    ["0UL74CZ", "Occlusion of Bilateral Fallopian Tubes with Extraluminal Device, Percutaneous Endoscopic Approach"],
    ["0UL74ZZ", "Occlusion of Bilateral Fallopian Tubes, Percutaneous Endoscopic Approach"],
  ]),
  table("0UT", MS, "Female Reproductive System", RESECTION, "Female Reproductive System, Resection", [
    row(
      ["Body Part", [["9", "Uterus"]]],
      ["Approach", [
        ["0", "Open"],
        ["4", "Percutaneous Endoscopic"],
        ["7", "Via Natural or Artificial Opening"],
        ["8", "Via Natural or Artificial Opening Endoscopic"],
        ["F", "Via Natural or Artificial Opening With Percutaneous Endoscopic Assistance"],
      ]],
      NONE_DEVICE,
      ["Qualifier", [["L", "Supracervical"], ["Z", "No Qualifier"]]],
    ),
  ], [["0UT90ZZ", "Resection of Uterus, Open Approach"]]),
  table("0VT", MS, "Male Reproductive System", RESECTION, "Male Reproductive System, Resection", [
    row(["Body Part", [["T", "Prepuce"]]], ["Approach", [["0", "Open"], ["4", "Percutaneous Endoscopic"], ["X", "External"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [["0VTTXZZ", "Resection of Prepuce, External Approach"]]),
  table("0W8", MS, "Anatomical Regions, General", {
    title: "Operation",
    text: "Division",
    definition: "Cutting into a body part, without draining fluids and/or gases from the body part, in order to separate or transect a body part",
  }, "Anatomical Regions, General, Division", [
    row(["Body Part", [["N", "Perineum, Female"]]], ["Approach", [["X", "External"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [["0W8NXZZ", "Division of Female Perineum, External Approach"]]),
  table("0W9", MS, "Anatomical Regions, General", DRAINAGE, "Anatomical Regions, General, Drainage", [
    row(["Body Part", [["G", "Peritoneal Cavity"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
  ], [
    ["0W9G3ZX", "Drainage of Peritoneal Cavity, Percutaneous Approach, Diagnostic"],
    ["0W9G3ZZ", "Drainage of Peritoneal Cavity, Percutaneous Approach"],
  ]),
  table("0YQ", MS, "Anatomical Regions, Lower Extremities", REPAIR, "Anatomical Regions, Lower Extremities, Repair", [
    row(["Body Part", [["5", "Inguinal Region, Right"]]], ["Approach", [["0", "Open"], ["3", "Percutaneous"], ["4", "Percutaneous Endoscopic"], ["X", "External"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [["0YQ50ZZ", "Repair Right Inguinal Region, Open Approach"]]),
  table("0YU", MS, "Anatomical Regions, Lower Extremities", {
    title: "Operation",
    text: "Supplement",
    definition: "Putting in or on biological or synthetic material that physically reinforces and/or augments the function of a portion of a body part",
  }, "Anatomical Regions, Lower Extremities, Supplement", [
    row(
      ["Body Part", [["5", "Inguinal Region, Right"]]],
      ["Approach", [["0", "Open"], ["4", "Percutaneous Endoscopic"]]],
      ["Device", [["7", "Autologous Tissue Substitute"], ["J", "Synthetic Substitute"], ["K", "Nonautologous Tissue Substitute"]]],
      NO_QUALIFIER,
    ),
  ], [["0YU50JZ", "Supplement Right Inguinal Region with Synthetic Substitute, Open Approach"]]),
  table("109", "Obstetrics", "Pregnancy", DRAINAGE, "Obstetrics, Pregnancy, Drainage", [
    row(
      ["Body Part", [["0", "Products of Conception"]]],
      ["Approach", ALL_FIVE],
      NONE_DEVICE,
      ["Qualifier", [
        ["9", "Fetal Blood"],
        ["A", "Fetal Cerebrospinal Fluid"],
        ["B", "Fetal Fluid, Other"],
        ["C", "Amniotic Fluid, Therapeutic"],
        ["D", "Fluid, Other"],
        ["U", "Amniotic Fluid, Diagnostic"],
      ]],
    ),
  ], [["10903ZU", "Drainage of Amniotic Fluid, Diagnostic from Products of Conception, Percutaneous Approach"]]),
  table("10D", "Obstetrics", "Pregnancy", EXTRACTION, "Obstetrics, Pregnancy, Extraction", [
    row(["Body Part", [["0", "Products of Conception"]]], ["Approach", [["0", "Open"]]], NONE_DEVICE, ["Qualifier", [["0", "High"], ["1", "Low"], ["2", "Extraperitoneal"]]]),
    row(
      ["Body Part", [["0", "Products of Conception"]]],
      ["Approach", [["7", "Via Natural or Artificial Opening"]]],
      NONE_DEVICE,
      ["Qualifier", [["3", "Low Forceps"], ["4", "Mid Forceps"], ["5", "High Forceps"], ["6", "Vacuum"], ["7", "Internal Version"], ["8", "Other"]]],
    ),
  ], [
    ["10D00Z0", "Extraction of Products of Conception, High, Open Approach"],
    ["10D00Z1", "Extraction of Products of Conception, Low, Open Approach"],
    ["10D00Z2", "Extraction of Products of Conception, Extraperitoneal, Open Approach"],
    ["10D07Z3", "Extraction of Products of Conception, Low Forceps, Via Natural or Artificial Opening"],
    ["10D07Z8", "Extraction of Products of Conception, Other, Via Natural or Artificial Opening"],
  ]),
  table("10E", "Obstetrics", "Pregnancy", { title: "Operation", text: "Delivery", definition: "Assisting the passage of the products of conception from the genital canal" }, "Obstetrics, Pregnancy, Delivery", [
    row(["Body Part", [["0", "Products of Conception"]]], ["Approach", [["X", "External"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [["10E0XZZ", "Delivery of Products of Conception, External Approach"]]),
  table("302", "Administration", "Circulatory", { title: "Operation", text: "Transfusion", definition: "Putting in blood or blood products" }, "Administration, Circulatory, Transfusion", [
    row(
      ["Body System / Region", [["3", "Peripheral Vein"]]],
      ["Approach", [["3", "Percutaneous"]]],
      ["Substance", [
        ["H", "Whole Blood"],
        ["J", "Serum Albumin"],
        ["K", "Frozen Plasma"],
        ["L", "Fresh Plasma"],
        ["M", "Plasma Cryoprecipitate"],
        ["N", "Red Blood Cells"],
        ["P", "Frozen Red Cells"],
        ["Q", "White Cells"],
        ["R", "Platelets"],
        ["S", "Globulin"],
        ["T", "Fibrinogen"],
        ["V", "Antihemophilic Factors"],
        ["W", "Factor IX"],
      ]],
      ["Qualifier", [["0", "Autologous"], ["1", "Nonautologous"]]],
    ),
  ], [["30233N1", "Transfusion of Nonautologous Red Blood Cells into Peripheral Vein, Percutaneous Approach"]]),
  table("3E0", "Administration", "Physiological Systems and Anatomical Regions", {
    title: "Operation",
    text: "Introduction",
    definition: "Putting in or on a therapeutic, diagnostic, nutritional, physiological, or prophylactic substance except blood or blood products",
  }, "Administration, Physiological Systems and Anatomical Regions, Introduction", [
    row(
      ["Body System / Region", [["2", "Muscle"]]],
      ["Approach", [["3", "Percutaneous"]]],
      ["Substance", [["4", "Serum, Toxoid and Vaccine"]]],
      ["Qualifier", [["0", "Influenza Vaccine"], ["Z", "No Qualifier"]]],
    ),
    row(
      ["Body System / Region", [["3", "Peripheral Vein"]]],
      ["Approach", [["3", "Percutaneous"]]],
      ["Substance", [["G", "Other Therapeutic Substance"]]],
      ["Qualifier", [["C", "Other Substance"], ["N", "Blood Brain Barrier Disruption"], ["Q", "Glucarpidase"], ["R", "Other Therapeutic Monoclonal Antibody"]]],
    ),
  ], [
    ["3E0234Z", "Introduction of Serum, Toxoid and Vaccine into Muscle, Percutaneous Approach"],
    ["3E033GC", "Introduction of Other Therapeutic Substance into Peripheral Vein, Percutaneous Approach"],
  ]),
  table("4A0", "Measurement and Monitoring", "Physiological Systems", {
    title: "Operation",
    text: "Measurement",
    definition: "Determining the level of a physiological or physical function at a point in time",
  }, "Measurement and Monitoring, Physiological Systems, Measurement", [
    row(
      ["Body System", [["2", "Cardiac"]]],
      ["Approach", [["0", "Open"], ["3", "Percutaneous"], ["7", "Via Natural or Artificial Opening"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      ["Function / Device", [["N", "Sampling and Pressure"]]],
      ["Qualifier", [["6", "Right Heart"], ["7", "Left Heart"], ["8", "Bilateral"]]],
    ),
  ], [["4A023N7", "Measurement of Cardiac Sampling and Pressure, Left Heart, Percutaneous Approach"]]),
  table("5A1", "Extracorporeal or Systemic Assistance and Performance", "Physiological Systems", {
    title: "Operation",
    text: "Performance",
    definition: "Completely taking over a physiological function by extracorporeal means",
  }, "Extracorporeal or Systemic Assistance and Performance, Physiological Systems, Performance", [
    row(
      ["Body System", [["9", "Respiratory"]]],
      ["Duration", [["3", "Less than 24 Consecutive Hours"], ["4", "24-96 Consecutive Hours"], ["5", "Greater than 96 Consecutive Hours"]]],
      ["Function", [["5", "Ventilation"]]],
      NO_QUALIFIER,
    ),
    row(
      ["Body System", [["D", "Urinary"]]],
      ["Duration", [["7", "Intermittent, Less than 6 Hours Per Day"], ["8", "Prolonged Intermittent, 6-18 hours Per Day"], ["9", "Continuous, Greater than 18 hours Per Day"]]],
      ["Function", [["0", "Filtration"]]],
      NO_QUALIFIER,
    ),
  ], [
    ["5A1935Z", "Respiratory Ventilation, Less than 24 Consecutive Hours"],
    ["5A1945Z", "Respiratory Ventilation, 24-96 Consecutive Hours"],
    ["5A1955Z", "Respiratory Ventilation, Greater than 96 Consecutive Hours"],
    ["5A1D70Z", "Performance of Urinary Filtration, Intermittent, Less than 6 Hours Per Day"],
  ]),
  table("B03", "Imaging", "Central Nervous System", {
    title: "Type",
    text: "Magnetic Resonance Imaging (MRI)",
    definition: "Computer reformatted digital display of multiplanar images developed from the capture of radiofrequency signals emitted by nuclei in a body site excited within a magnetic field",
  }, "Imaging, Central Nervous System, Magnetic Resonance Imaging (MRI)", [
    row(["Body Part", [["0", "Brain"]]], ["Contrast", [["Z", "None"]]], IMAGING_NONE, IMAGING_NONE),
  ], [["B030ZZZ", "Magnetic Resonance Imaging (MRI) of Brain"]]),
  table("B21", "Imaging", "Heart", {
    title: "Type",
    text: "Fluoroscopy",
    definition: "Single plane or bi-plane real time display of an image developed from the capture of external ionizing radiation on a fluorescent screen. The image may also be stored by either digital or analog means",
  }, "Imaging, Heart, Fluoroscopy", [
    row(["Body Part", [["1", "Coronary Arteries, Multiple"]]], ["Contrast", [["0", "High Osmolar"], ["1", "Low Osmolar"], ["Y", "Other Contrast"]]], IMAGING_NONE, IMAGING_NONE),
  ], [["B2111ZZ", "Fluoroscopy of Multiple Coronary Arteries using Low Osmolar Contrast"]]),
  table("BW0", "Imaging", "Anatomical Regions", {
    title: "Type",
    text: "Plain Radiography",
    definition: "Planar display of an image developed from the capture of external ionizing radiation on photographic or photoconductive plate",
  }, "Imaging, Anatomical Regions, Plain Radiography", [
    row(["Body Part", [["3", "Chest"]]], ["Contrast", [["Z", "None"]]], IMAGING_NONE, IMAGING_NONE),
  ], [["BW03ZZZ", "Plain Radiography of Chest"]]),
  table("BW2", "Imaging", "Anatomical Regions", {
    title: "Type",
    text: "Computerized Tomography (CT Scan)",
    definition: "Computer reformatted digital display of multiplanar images developed from the capture of multiple exposures of external ionizing radiation",
  }, "Imaging, Anatomical Regions, Computerized Tomography (CT Scan)", [
    row(["Body Part", [["4", "Chest and Abdomen"]]], ["Contrast", [["Z", "None"]]], IMAGING_NONE, IMAGING_NONE),
  ], [["BW24ZZZ", "Computerized Tomography (CT Scan) of Chest and Abdomen"]]),
  table("GZ3", "Mental Health", "None", {
    title: "Type",
    text: "Medication Management",
    definition: "Monitoring and adjusting the use of medications for the treatment of a mental health disorder",
  }, "Mental Health, Medication Management", [
    row(["Qualifier", [["Z", "None"]]], ["Qualifier", [["Z", "None"]]], ["Qualifier", [["Z", "None"]]], ["Qualifier", [["Z", "None"]]]),
  ], [["GZ3ZZZZ", "Medication Management"]]),
  table("HZ2", "Substance Abuse Treatment", "None", { title: "Type", text: "Detoxification Services", definition: "Detoxification from alcohol and/or drugs" }, "Substance Abuse Treatment, Detoxification Services", [
    row(["Qualifier", [["Z", "None"]]], ["Qualifier", [["Z", "None"]]], ["Qualifier", [["Z", "None"]]], ["Qualifier", [["Z", "None"]]]),
  ], [["HZ2ZZZZ", "Detoxification Services for Substance Abuse Treatment"]]),
];
