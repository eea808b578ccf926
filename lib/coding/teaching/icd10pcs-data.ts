/**
 * Teaching set, ICD-10-PCS FY2026: every code the lessons and the question bank cite (coverage.test.ts
 * checks that none is missing), with an excerpt of each code's table. Written by hand; titles are the
 * official FY2026 long and short titles and the table labels those of the FY2026 Tables XML
 * (teaching.test.ts checks both). A teaching row keeps only the body parts the teaching codes use, but
 * every approach, device and qualifier of that official row, so the table explanation for a teaching
 * body part is the official one.
 */
import type { PcsAxis, PcsRow, PcsTable } from "../types";

type Labels = [code: string, text: string][];

export type TeachingPcsCode = [code: string, title: string, short?: string];

interface TableSpec {
  /** The order-file title of the table header, e.g. "Gastrointestinal System, Resection". */
  title: string;
  /** Its short title, when it differs. */
  short?: string;
  table: PcsTable;
  /** [code, official long title, official short title when it differs] */
  codes: TeachingPcsCode[];
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
  bodySystem: string | readonly [title: string, text: string],
  operation: { title: "Operation" | "Type" | "Modality"; text: string; definition?: string },
  title: string | readonly [title: string, short: string],
  rows: PcsRow[],
  codes: TeachingPcsCode[],
): TableSpec {
  const [systemTitle, systemText] = typeof bodySystem === "string" ? ["Body System", bodySystem] : bodySystem;
  const [long, short] = typeof title === "string" ? [title, undefined] : title;
  return {
    title: long,
    ...(short === undefined ? {} : { short }),
    codes,
    table: {
      code,
      axes: [
        axis(1, "Section", [[code[0] ?? "", section]]),
        axis(2, systemTitle, [[code[1] ?? "", systemText]]),
        axis(3, operation.title, [[code[2] ?? "", operation.text]], operation.definition),
      ],
      rows,
    },
  };
}

const MS = "Medical and Surgical";
const BYPASS = { title: "Operation", text: "Bypass", definition: "Altering the route of passage of the contents of a tubular body part" } as const;
const DESTRUCTION = {
  title: "Operation",
  text: "Destruction",
  definition: "Physical eradication of all or a portion of a body part by the direct use of energy, force, or a destructive agent",
} as const;
const DILATION = { title: "Operation", text: "Dilation", definition: "Expanding an orifice or the lumen of a tubular body part" } as const;
const DIVISION = {
  title: "Operation",
  text: "Division",
  definition: "Cutting into a body part, without draining fluids and/or gases from the body part, in order to separate or transect a body part",
} as const;
const DRAINAGE = { title: "Operation", text: "Drainage", definition: "Taking or letting out fluids and/or gases from a body part" } as const;
const EXCISION = { title: "Operation", text: "Excision", definition: "Cutting out or off, without replacement, a portion of a body part" } as const;
const EXTIRPATION = { title: "Operation", text: "Extirpation", definition: "Taking or cutting out solid matter from a body part" } as const;
const EXTRACTION = {
  title: "Operation",
  text: "Extraction",
  definition: "Pulling or stripping out or off all or a portion of a body part by the use of force",
} as const;
const INSERTION = {
  title: "Operation",
  text: "Insertion",
  definition: "Putting in a nonbiological appliance that monitors, assists, performs, or prevents a physiological function but does not physically take the place of a body part",
} as const;
const INSPECTION = { title: "Operation", text: "Inspection", definition: "Visually and/or manually exploring a body part" } as const;
const INTRODUCTION = {
  title: "Operation",
  text: "Introduction",
  definition: "Putting in or on a therapeutic, diagnostic, nutritional, physiological, or prophylactic substance except blood or blood products",
} as const;
const OCCLUSION = { title: "Operation", text: "Occlusion", definition: "Completely closing an orifice or the lumen of a tubular body part" } as const;
const RELEASE = {
  title: "Operation",
  text: "Release",
  definition: "Freeing a body part from an abnormal physical constraint by cutting or by the use of force",
} as const;
const REMOVAL = { title: "Operation", text: "Removal", definition: "Taking out or off a device from a body part" } as const;
const REPAIR = {
  title: "Operation",
  text: "Repair",
  definition: "Restoring, to the extent possible, a body part to its normal anatomic structure and function",
} as const;
const REPLACEMENT = {
  title: "Operation",
  text: "Replacement",
  definition: "Putting in or on biological or synthetic material that physically takes the place and/or function of all or a portion of a body part",
} as const;
const REPOSITION = {
  title: "Operation",
  text: "Reposition",
  definition: "Moving to its normal location, or other suitable location, all or a portion of a body part",
} as const;
const RESECTION = { title: "Operation", text: "Resection", definition: "Cutting out or off, without replacement, all of a body part" } as const;
const RESTRICTION = { title: "Operation", text: "Restriction", definition: "Partially closing an orifice or the lumen of a tubular body part" } as const;
const REVISION = {
  title: "Operation",
  text: "Revision",
  definition: "Correcting, to the extent possible, a portion of a malfunctioning device or the position of a displaced device",
} as const;
const SUPPLEMENT = {
  title: "Operation",
  text: "Supplement",
  definition: "Putting in or on biological or synthetic material that physically reinforces and/or augments the function of a portion of a body part",
} as const;

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
  table("009", MS, "Central Nervous System and Cranial Nerves", DRAINAGE, "Central Nervous System and Cranial Nerves, Drainage", [
    row(["Body Part", [["U", "Spinal Canal"]]], ["Approach", OPEN_PERC_ENDO], ["Device", [["0", "Drainage Device"]]], NO_QUALIFIER),
    row(["Body Part", [["U", "Spinal Canal"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
  ], [
    ["009U30Z", "Drainage of Spinal Canal with Drainage Device, Percutaneous Approach", "Drainage of Spinal Canal with Drainage Device, Perc Approach"],
    ["009U3ZX", "Drainage of Spinal Canal, Percutaneous Approach, Diagnostic"],
  ]),
  table("01N", MS, "Peripheral Nervous System", RELEASE, "Peripheral Nervous System, Release", [
    row(["Body Part", [["5", "Median Nerve"], ["B", "Lumbar Nerve"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["01N50ZZ", "Release Median Nerve, Open Approach"],
    ["01NB0ZZ", "Release Lumbar Nerve, Open Approach"],
  ]),
  table("021", MS, "Heart and Great Vessels", BYPASS, "Heart and Great Vessels, Bypass", [
    row(
      ["Body Part", [["0", "Coronary Artery, One Artery"], ["1", "Coronary Artery, Two Arteries"]]],
      ["Approach", [["0", "Open"]]],
      ["Device", [
        ["8", "Zooplastic Tissue"],
        ["9", "Autologous Venous Tissue"],
        ["A", "Autologous Arterial Tissue"],
        ["J", "Synthetic Substitute"],
        ["K", "Nonautologous Tissue Substitute"],
      ]],
      ["Qualifier", [
        ["3", "Coronary Artery"],
        ["8", "Internal Mammary, Right"],
        ["9", "Internal Mammary, Left"],
        ["C", "Thoracic Artery"],
        ["F", "Abdominal Artery"],
        ["W", "Aorta"],
      ]],
    ),
    row(
      ["Body Part", [["0", "Coronary Artery, One Artery"]]],
      ["Approach", [["0", "Open"]]],
      NONE_DEVICE,
      ["Qualifier", [
        ["3", "Coronary Artery"],
        ["8", "Internal Mammary, Right"],
        ["9", "Internal Mammary, Left"],
        ["C", "Thoracic Artery"],
        ["F", "Abdominal Artery"],
      ]],
    ),
  ], [
    ["021009W", "Bypass Coronary Artery, One Artery from Aorta with Autologous Venous Tissue, Open Approach", "Bypass 1 Cor Art from Aorta with Autol Vn, Open Approach"],
    ["02100Z9", "Bypass Coronary Artery, One Artery from Left Internal Mammary, Open Approach", "Bypass 1 Cor Art from L Int Mammary, Open Approach"],
    ["021109W", "Bypass Coronary Artery, Two Arteries from Aorta with Autologous Venous Tissue, Open Approach", "Bypass 2 Cor Art from Aorta with Autol Vn, Open Approach"],
  ]),
  table("025", MS, "Heart and Great Vessels", DESTRUCTION, "Heart and Great Vessels, Destruction", [
    row(
      ["Body Part", [["8", "Conduction Mechanism"]]],
      ["Approach", [["3", "Percutaneous"]]],
      NONE_DEVICE,
      ["Qualifier", [["F", "Irreversible Electroporation"], ["Z", "No Qualifier"]]],
    ),
  ], [["02583ZZ", "Destruction of Conduction Mechanism, Percutaneous Approach"]]),
  table("027", MS, "Heart and Great Vessels", DILATION, "Heart and Great Vessels, Dilation", [
    row(
      ["Body Part", [["0", "Coronary Artery, One Artery"], ["1", "Coronary Artery, Two Arteries"]]],
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
    ["027034Z", "Dilation of Coronary Artery, One Artery with Drug-eluting Intraluminal Device, Percutaneous Approach", "Dilation of 1 Cor Art with Drug-elut Intra, Perc Approach"],
    ["027035Z", "Dilation of Coronary Artery, One Artery with Two Drug-eluting Intraluminal Devices, Percutaneous Approach", "Dilation of 1 Cor Art with 2 Drug-elut, Perc Approach"],
    ["02703DZ", "Dilation of Coronary Artery, One Artery with Intraluminal Device, Percutaneous Approach", "Dilation of 1 Cor Art with Intralum Dev, Perc Approach"],
    ["02703ZZ", "Dilation of Coronary Artery, One Artery, Percutaneous Approach", "Dilation of Coronary Artery, One Artery, Perc Approach"],
    ["027134Z", "Dilation of Coronary Artery, Two Arteries with Drug-eluting Intraluminal Device, Percutaneous Approach", "Dilation of 2 Cor Art with Drug-elut Intra, Perc Approach"],
  ]),
  table("02C", MS, "Heart and Great Vessels", EXTIRPATION, "Heart and Great Vessels, Extirpation", [
    row(
      ["Body Part", [["0", "Coronary Artery, One Artery"]]],
      ["Approach", [["3", "Percutaneous"]]],
      NONE_DEVICE,
      ["Qualifier", [["6", "Bifurcation"], ["7", "Orbital Atherectomy Technique"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["02C03ZZ", "Extirpation of Matter from Coronary Artery, One Artery, Percutaneous Approach", "Extirpation of Matter from 1 Cor Art, Perc Approach"],
  ]),
  table("02H", MS, "Heart and Great Vessels", INSERTION, "Heart and Great Vessels, Insertion", [
    row(
      ["Body Part", [["V", "Superior Vena Cava"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [
        ["0", "Monitoring Device, Pressure Sensor"],
        ["2", "Monitoring Device"],
        ["3", "Infusion Device"],
        ["D", "Intraluminal Device"],
        ["Y", "Other Device"],
      ]],
      NO_QUALIFIER,
    ),
    row(
      ["Body Part", [["6", "Atrium, Right"], ["K", "Ventricle, Right"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [
        ["0", "Monitoring Device, Pressure Sensor"],
        ["2", "Monitoring Device"],
        ["3", "Infusion Device"],
        ["D", "Intraluminal Device"],
        ["J", "Cardiac Lead, Pacemaker"],
        ["K", "Cardiac Lead, Defibrillator"],
        ["M", "Cardiac Lead"],
        ["N", "Intracardiac Pacemaker"],
        ["Y", "Other Device"],
      ]],
      NO_QUALIFIER,
    ),
  ], [
    ["02H63JZ", "Insertion of Pacemaker Lead into Right Atrium, Percutaneous Approach", "Insertion of Pacemaker Lead into Right Atrium, Perc Approach"],
    ["02HK3JZ", "Insertion of Pacemaker Lead into Right Ventricle, Percutaneous Approach", "Insertion of Pacemaker Lead into R Ventricle, Perc Approach"],
    ["02HV33Z", "Insertion of Infusion Device into Superior Vena Cava, Percutaneous Approach", "Insertion of Infusion Dev into Sup Vena Cava, Perc Approach"],
  ]),
  table("02K", MS, "Heart and Great Vessels", {
    title: "Operation",
    text: "Map",
    definition: "Locating the route of passage of electrical impulses and/or locating functional areas in a body part",
  }, "Heart and Great Vessels, Map", [
    row(["Body Part", [["8", "Conduction Mechanism"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, NO_QUALIFIER),
  ], [["02K83ZZ", "Map Conduction Mechanism, Percutaneous Approach"]]),
  table("035", MS, "Upper Arteries", DESTRUCTION, "Upper Arteries, Destruction", [
    row(["Body Part", [["G", "Intracranial Artery"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, NO_QUALIFIER),
  ], [["035G3ZZ", "Destruction of Intracranial Artery, Percutaneous Approach"]]),
  table("03C", MS, "Upper Arteries", EXTIRPATION, "Upper Arteries, Extirpation", [
    row(["Body Part", [["G", "Intracranial Artery"]]], ["Approach", [["0", "Open"], ["4", "Percutaneous Endoscopic"]]], NONE_DEVICE, NO_QUALIFIER),
    row(["Body Part", [["G", "Intracranial Artery"]]], ["Approach", [["3", "Percutaneous"]]], NONE_DEVICE, ["Qualifier", [["7", "Stent Retriever"], ["Z", "No Qualifier"]]]),
  ], [
    ["03CG0ZZ", "Extirpation of Matter from Intracranial Artery, Open Approach", "Extirpation of Matter from Intracran Art, Open Approach"],
    ["03CG3ZZ", "Extirpation of Matter from Intracranial Artery, Percutaneous Approach", "Extirpation of Matter from Intracran Art, Perc Approach"],
  ]),
  table("03L", MS, "Upper Arteries", OCCLUSION, "Upper Arteries, Occlusion", [
    row(
      ["Body Part", [["G", "Intracranial Artery"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [["B", "Intraluminal Device, Bioactive"], ["C", "Extraluminal Device"], ["D", "Intraluminal Device"], ["Z", "No Device"]]],
      NO_QUALIFIER,
    ),
  ], [
    ["03LG3DZ", "Occlusion of Intracranial Artery with Intraluminal Device, Percutaneous Approach", "Occlusion of Intracran Art with Intralum Dev, Perc Approach"],
  ]),
  table("04V", MS, "Lower Arteries", RESTRICTION, "Lower Arteries, Restriction", [
    row(
      ["Body Part", [["0", "Abdominal Aorta"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [["D", "Intraluminal Device"]]],
      ["Qualifier", [["J", "Temporary"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["04V03DZ", "Restriction of Abdominal Aorta with Intraluminal Device, Percutaneous Approach", "Restriction of Abd Aorta with Intralum Dev, Perc Approach"],
  ]),
  table("05H", MS, "Upper Veins", INSERTION, "Upper Veins, Insertion", [
    row(["Body Part", [["B", "Basilic Vein, Right"]]], ["Approach", OPEN_PERC_ENDO], ["Device", [["3", "Infusion Device"], ["D", "Intraluminal Device"]]], NO_QUALIFIER),
    row(
      ["Body Part", [["Y", "Upper Vein"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [["2", "Monitoring Device"], ["3", "Infusion Device"], ["D", "Intraluminal Device"], ["Y", "Other Device"]]],
      NO_QUALIFIER,
    ),
  ], [
    ["05HB33Z", "Insertion of Infusion Device into Right Basilic Vein, Percutaneous Approach", "Insertion of Infusion Dev into R Basilic Vein, Perc Approach"],
    ["05HY33Z", "Insertion of Infusion Device into Upper Vein, Percutaneous Approach", "Insertion of Infusion Device into Upper Vein, Perc Approach"],
  ]),
  table("06B", MS, "Lower Veins", EXCISION, "Lower Veins, Excision", [
    row(["Body Part", [["Q", "Saphenous Vein, Left"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
  ], [
    ["06BQ4ZZ", "Excision of Left Saphenous Vein, Percutaneous Endoscopic Approach", "Excision of Left Saphenous Vein, Perc Endo Approach"],
  ]),
  table("07B", MS, "Lymphatic and Hemic Systems", EXCISION, "Lymphatic and Hemic Systems, Excision", [
    row(["Body Part", [["5", "Lymphatic, Right Axillary"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
  ], [
    ["07B50ZX", "Excision of Right Axillary Lymphatic, Open Approach, Diagnostic", "Excision of Right Axillary Lymphatic, Open Approach, Diagn"],
  ]),
  table("07D", MS, "Lymphatic and Hemic Systems", EXTRACTION, "Lymphatic and Hemic Systems, Extraction", [
    row(
      ["Body Part", [["Q", "Bone Marrow, Sternum"], ["R", "Bone Marrow, Iliac"]]],
      ["Approach", [["0", "Open"], ["3", "Percutaneous"]]],
      NONE_DEVICE,
      ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["07DQ3ZX", "Extraction of Sternum Bone Marrow, Percutaneous Approach, Diagnostic", "Extraction of Sternum Bone Marrow, Perc Approach, Diagn"],
    ["07DR3ZX", "Extraction of Iliac Bone Marrow, Percutaneous Approach, Diagnostic", "Extraction of Iliac Bone Marrow, Perc Approach, Diagn"],
    ["07DR3ZZ", "Extraction of Iliac Bone Marrow, Percutaneous Approach"],
  ]),
  table("07T", MS, "Lymphatic and Hemic Systems", RESECTION, "Lymphatic and Hemic Systems, Resection", [
    row(["Body Part", [["P", "Spleen"]]], ["Approach", [["0", "Open"]]], NONE_DEVICE, NO_QUALIFIER),
    row(["Body Part", [["P", "Spleen"]]], ["Approach", [["4", "Percutaneous Endoscopic"]]], NONE_DEVICE, ["Qualifier", [["G", "Hand-Assisted"], ["Z", "No Qualifier"]]]),
  ], [
    ["07TP0ZZ", "Resection of Spleen, Open Approach"],
    ["07TP4ZZ", "Resection of Spleen, Percutaneous Endoscopic Approach"],
  ]),
  table("08D", MS, "Eye", EXTRACTION, "Eye, Extraction", [
    row(["Body Part", [["J", "Lens, Right"]]], ["Approach", [["3", "Percutaneous"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [["08DJ3ZZ", "Extraction of Right Lens, Percutaneous Approach"]]),
  table("08R", MS, "Eye", REPLACEMENT, "Eye, Replacement", [
    row(
      ["Body Part", [["J", "Lens, Right"]]],
      ["Approach", [["3", "Percutaneous"]]],
      ["Device", [
        ["0", "Synthetic Substitute, Intraocular Telescope"],
        ["7", "Autologous Tissue Substitute"],
        ["J", "Synthetic Substitute"],
        ["K", "Nonautologous Tissue Substitute"],
      ]],
      NO_QUALIFIER,
    ),
  ], [
    ["08RJ3JZ", "Replacement of Right Lens with Synthetic Substitute, Percutaneous Approach", "Replacement of Right Lens with Synth Sub, Perc Approach"],
  ]),
  table("099", MS, "Ear, Nose, Sinus", DRAINAGE, "Ear, Nose, Sinus, Drainage", [
    row(
      ["Body Part", [["5", "Middle Ear, Right"], ["6", "Middle Ear, Left"]]],
      ["Approach", [["0", "Open"], ["7", "Via Natural or Artificial Opening"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      ["Device", [["0", "Drainage Device"]]],
      NO_QUALIFIER,
    ),
  ], [
    ["099570Z", "Drainage of Right Middle Ear with Drainage Device, Via Natural or Artificial Opening", "Drainage of Right Middle Ear with Drain Dev, Via Opening"],
    ["099670Z", "Drainage of Left Middle Ear with Drainage Device, Via Natural or Artificial Opening", "Drainage of Left Middle Ear with Drain Dev, Via Opening"],
  ]),
  table("09H", MS, "Ear, Nose, Sinus", INSERTION, "Ear, Nose, Sinus, Insertion", [
    row(
      ["Body Part", [["D", "Inner Ear, Right"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [
        ["1", "Radioactive Element"],
        ["4", "Hearing Device, Bone Conduction"],
        ["5", "Hearing Device, Single Channel Cochlear Prosthesis"],
        ["6", "Hearing Device, Multiple Channel Cochlear Prosthesis"],
        ["S", "Hearing Device"],
      ]],
      NO_QUALIFIER,
    ),
  ], [
    ["09HD06Z", "Insertion of Multiple Channel Cochlear Prosthesis into Right Inner Ear, Open Approach", "Insert Mult Chan Cochl Prosth in R Inner Ear, Open"],
  ]),
  table("0B1", MS, "Respiratory System", BYPASS, "Respiratory System, Bypass", [
    row(["Body Part", [["1", "Trachea"]]], ["Approach", [["0", "Open"]]], ["Device", [["F", "Tracheostomy Device"], ["Z", "No Device"]]], ["Qualifier", [["4", "Cutaneous"]]]),
  ], [
    ["0B110F4", "Bypass Trachea to Cutaneous with Tracheostomy Device, Open Approach", "Bypass Trachea to Cutaneous with Trach Dev, Open Approach"],
  ]),
  table("0B9", MS, "Respiratory System", DRAINAGE, "Respiratory System, Drainage", [
    row(["Body Part", [["F", "Lower Lung Lobe, Right"]]], ["Approach", ALL_FIVE], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
  ], [
    ["0B9F8ZX", "Drainage of Right Lower Lung Lobe, Via Natural or Artificial Opening Endoscopic, Diagnostic", "Drainage of Right Lower Lung Lobe, Endo, Diagn"],
  ]),
  table("0BB", MS, "Respiratory System", EXCISION, "Respiratory System, Excision", [
    row(["Body Part", [["C", "Upper Lung Lobe, Right"]]], ["Approach", ALL_FIVE], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
  ], [
    ["0BBC4ZZ", "Excision of Right Upper Lung Lobe, Percutaneous Endoscopic Approach", "Excision of Right Upper Lung Lobe, Perc Endo Approach"],
    ["0BBC8ZX", "Excision of Right Upper Lung Lobe, Via Natural or Artificial Opening Endoscopic, Diagnostic", "Excision of Right Upper Lung Lobe, Endo, Diagn"],
  ]),
  table("0BH", MS, "Respiratory System", INSERTION, "Respiratory System, Insertion", [
    row(
      ["Body Part", [["1", "Trachea"]]],
      ["Approach", [["7", "Via Natural or Artificial Opening"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      ["Device", [["2", "Monitoring Device"], ["D", "Intraluminal Device"], ["E", "Intraluminal Device, Endotracheal Airway"], ["Y", "Other Device"]]],
      NO_QUALIFIER,
    ),
  ], [
    ["0BH17EZ", "Insertion of Endotracheal Airway into Trachea, Via Natural or Artificial Opening", "Insertion of Endotracheal Airway into Trachea, Via Opening"],
  ]),
  table("0BJ", MS, "Respiratory System", INSPECTION, "Respiratory System, Inspection", [
    row(["Body Part", [["0", "Tracheobronchial Tree"]]], ["Approach", ALL_SIX], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0BJ08ZZ", "Inspection of Tracheobronchial Tree, Via Natural or Artificial Opening Endoscopic", "Inspection of Tracheobronchial Tree, Endo"],
  ]),
  table("0BT", MS, "Respiratory System", RESECTION, "Respiratory System, Resection", [
    row(["Body Part", [["C", "Upper Lung Lobe, Right"]]], ["Approach", [["0", "Open"], ["4", "Percutaneous Endoscopic"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0BTC4ZZ", "Resection of Right Upper Lung Lobe, Percutaneous Endoscopic Approach", "Resection of Right Upper Lung Lobe, Perc Endo Approach"],
  ]),
  table("0C5", MS, "Mouth and Throat", DESTRUCTION, "Mouth and Throat, Destruction", [
    row(["Body Part", [["P", "Tonsils"]]], ["Approach", [["0", "Open"], ["3", "Percutaneous"], ["X", "External"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [["0C5PXZZ", "Destruction of Tonsils, External Approach"]]),
  table("0CT", MS, "Mouth and Throat", RESECTION, "Mouth and Throat, Resection", [
    row(["Body Part", [["P", "Tonsils"], ["Q", "Adenoids"]]], ["Approach", [["0", "Open"], ["X", "External"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0CTPXZZ", "Resection of Tonsils, External Approach"],
    ["0CTQXZZ", "Resection of Adenoids, External Approach"],
  ]),
  table("0D1", MS, "Gastrointestinal System", BYPASS, "Gastrointestinal System, Bypass", [
    row(
      ["Body Part", [["6", "Stomach"]]],
      ["Approach", [["0", "Open"], ["4", "Percutaneous Endoscopic"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      ["Device", [["7", "Autologous Tissue Substitute"], ["J", "Synthetic Substitute"], ["K", "Nonautologous Tissue Substitute"], ["Z", "No Device"]]],
      ["Qualifier", [["4", "Cutaneous"], ["9", "Duodenum"], ["A", "Jejunum"], ["B", "Ileum"], ["L", "Transverse Colon"]]],
    ),
    row(
      ["Body Part", [["N", "Sigmoid Colon"]]],
      ["Approach", [["0", "Open"], ["4", "Percutaneous Endoscopic"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      ["Device", [["7", "Autologous Tissue Substitute"], ["J", "Synthetic Substitute"], ["K", "Nonautologous Tissue Substitute"], ["Z", "No Device"]]],
      ["Qualifier", [["4", "Cutaneous"], ["N", "Sigmoid Colon"], ["P", "Rectum"]]],
    ),
  ], [
    ["0D16079", "Bypass Stomach to Duodenum with Autologous Tissue Substitute, Open Approach", "Bypass Stomach to Duodenum with Autol Sub, Open Approach"],
    ["0D164ZA", "Bypass Stomach to Jejunum, Percutaneous Endoscopic Approach"],
    ["0D1N0Z4", "Bypass Sigmoid Colon to Cutaneous, Open Approach"],
    ["0D1N0ZP", "Bypass Sigmoid Colon to Rectum, Open Approach"],
  ]),
  table("0D5", MS, "Gastrointestinal System", DESTRUCTION, "Gastrointestinal System, Destruction", [
    row(
      ["Body Part", [["N", "Sigmoid Colon"]]],
      ["Approach", [["7", "Via Natural or Artificial Opening"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      NONE_DEVICE,
      NO_QUALIFIER,
    ),
  ], [
    ["0D5N8ZZ", "Destruction of Sigmoid Colon, Via Natural or Artificial Opening Endoscopic", "Destruction of Sigmoid Colon, Endo"],
  ]),
  table("0D7", MS, "Gastrointestinal System", DILATION, "Gastrointestinal System, Dilation", [
    row(["Body Part", [["5", "Esophagus"]]], ["Approach", ALL_FIVE], ["Device", [["D", "Intraluminal Device"], ["Z", "No Device"]]], NO_QUALIFIER),
  ], [
    ["0D750ZZ", "Dilation of Esophagus, Open Approach"],
    ["0D758DZ", "Dilation of Esophagus with Intraluminal Device, Via Natural or Artificial Opening Endoscopic", "Dilation of Esophagus with Intraluminal Device, Endo"],
    ["0D758ZZ", "Dilation of Esophagus, Via Natural or Artificial Opening Endoscopic", "Dilation of Esophagus, Endo"],
  ]),
  table("0DB", MS, "Gastrointestinal System", EXCISION, "Gastrointestinal System, Excision", [
    row(["Body Part", [["9", "Duodenum"]]], ["Approach", ALL_FIVE], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
    row(["Body Part", [["6", "Stomach"]]], ["Approach", ALL_FIVE], NONE_DEVICE, ["Qualifier", [["3", "Vertical"], ["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
    row(
      ["Body Part", [["N", "Sigmoid Colon"]]],
      ["Approach", [["0", "Open"], ["3", "Percutaneous"], ["7", "Via Natural or Artificial Opening"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      NONE_DEVICE,
      ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]],
    ),
    row(
      ["Body Part", [["N", "Sigmoid Colon"]]],
      ["Approach", [["4", "Percutaneous Endoscopic"]]],
      NONE_DEVICE,
      ["Qualifier", [["G", "Hand-Assisted"], ["X", "Diagnostic"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["0DB64Z3", "Excision of Stomach, Percutaneous Endoscopic Approach, Vertical", "Excision of Stomach, Percutaneous Endoscopic Approach, Vert"],
    ["0DB68ZX", "Excision of Stomach, Via Natural or Artificial Opening Endoscopic, Diagnostic", "Excision of Stomach, Endo, Diagn"],
    ["0DB68ZZ", "Excision of Stomach, Via Natural or Artificial Opening Endoscopic", "Excision of Stomach, Endo"],
    ["0DB98ZX", "Excision of Duodenum, Via Natural or Artificial Opening Endoscopic, Diagnostic", "Excision of Duodenum, Endo, Diagn"],
    ["0DBN0ZZ", "Excision of Sigmoid Colon, Open Approach"],
    ["0DBN4ZZ", "Excision of Sigmoid Colon, Percutaneous Endoscopic Approach"],
    ["0DBN8ZX", "Excision of Sigmoid Colon, Via Natural or Artificial Opening Endoscopic, Diagnostic", "Excision of Sigmoid Colon, Endo, Diagn"],
    ["0DBN8ZZ", "Excision of Sigmoid Colon, Via Natural or Artificial Opening Endoscopic", "Excision of Sigmoid Colon, Endo"],
  ]),
  table("0DC", MS, "Gastrointestinal System", EXTIRPATION, "Gastrointestinal System, Extirpation", [
    row(["Body Part", [["N", "Sigmoid Colon"]]], ["Approach", ALL_FIVE], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0DCN8ZZ", "Extirpation of Matter from Sigmoid Colon, Via Natural or Artificial Opening Endoscopic", "Extirpation of Matter from Sigmoid Colon, Endo"],
  ]),
  table("0DD", MS, "Gastrointestinal System", EXTRACTION, "Gastrointestinal System, Extraction", [
    row(
      ["Body Part", [["6", "Stomach"]]],
      ["Approach", [["3", "Percutaneous"], ["4", "Percutaneous Endoscopic"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      NONE_DEVICE,
      ["Qualifier", [["X", "Diagnostic"]]],
    ),
  ], [
    ["0DD68ZX", "Extraction of Stomach, Via Natural or Artificial Opening Endoscopic, Diagnostic", "Extraction of Stomach, Endo, Diagn"],
  ]),
  table("0DH", MS, "Gastrointestinal System", INSERTION, "Gastrointestinal System, Insertion", [
    row(
      ["Body Part", [["6", "Stomach"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [
        ["1", "Radioactive Element"],
        ["2", "Monitoring Device"],
        ["3", "Infusion Device"],
        ["D", "Intraluminal Device"],
        ["M", "Stimulator Lead"],
        ["U", "Feeding Device"],
        ["Y", "Other Device"],
      ]],
      NO_QUALIFIER,
    ),
  ], [
    ["0DH64UZ", "Insertion of Feeding Device into Stomach, Percutaneous Endoscopic Approach", "Insertion of Feeding Device into Stomach, Perc Endo Approach"],
  ]),
  table("0DJ", MS, "Gastrointestinal System", INSPECTION, "Gastrointestinal System, Inspection", [
    row(["Body Part", [["0", "Upper Intestinal Tract"], ["D", "Lower Intestinal Tract"]]], ["Approach", ALL_SIX], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0DJ08ZZ", "Inspection of Upper Intestinal Tract, Via Natural or Artificial Opening Endoscopic", "Inspection of Upper Intestinal Tract, Endo"],
    ["0DJD8ZZ", "Inspection of Lower Intestinal Tract, Via Natural or Artificial Opening Endoscopic", "Inspection of Lower Intestinal Tract, Endo"],
  ]),
  table("0DN", MS, "Gastrointestinal System", RELEASE, "Gastrointestinal System, Release", [
    row(["Body Part", [["8", "Small Intestine"], ["B", "Ileum"]]], ["Approach", ALL_FIVE], NONE_DEVICE, NO_QUALIFIER),
    row(["Body Part", [["W", "Peritoneum"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0DN80ZZ", "Release Small Intestine, Open Approach"],
    ["0DN84ZZ", "Release Small Intestine, Percutaneous Endoscopic Approach"],
    ["0DNB4ZZ", "Release Ileum, Percutaneous Endoscopic Approach"],
    ["0DNW4ZZ", "Release Peritoneum, Percutaneous Endoscopic Approach"],
  ]),
  table("0DT", MS, "Gastrointestinal System", RESECTION, "Gastrointestinal System, Resection", [
    row(
      ["Body Part", [["J", "Appendix"]]],
      ["Approach", [["0", "Open"], ["7", "Via Natural or Artificial Opening"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      NONE_DEVICE,
      NO_QUALIFIER,
    ),
    row(["Body Part", [["J", "Appendix"]]], ["Approach", [["4", "Percutaneous Endoscopic"]]], NONE_DEVICE, ["Qualifier", [["G", "Hand-Assisted"], ["Z", "No Qualifier"]]]),
    row(["Body Part", [["N", "Sigmoid Colon"]]], ["Approach", [["4", "Percutaneous Endoscopic"]]], NONE_DEVICE, ["Qualifier", [["G", "Hand-Assisted"], ["Z", "No Qualifier"]]]),
    row(
      ["Body Part", [["P", "Rectum"]]],
      ["Approach", [
        ["0", "Open"],
        ["4", "Percutaneous Endoscopic"],
        ["7", "Via Natural or Artificial Opening"],
        ["8", "Via Natural or Artificial Opening Endoscopic"],
      ]],
      NONE_DEVICE,
      NO_QUALIFIER,
    ),
    row(
      ["Body Part", [["N", "Sigmoid Colon"]]],
      ["Approach", [
        ["0", "Open"],
        ["7", "Via Natural or Artificial Opening"],
        ["8", "Via Natural or Artificial Opening Endoscopic"],
        ["F", "Via Natural or Artificial Opening With Percutaneous Endoscopic Assistance"],
      ]],
      NONE_DEVICE,
      NO_QUALIFIER,
    ),
  ], [
    ["0DTJ0ZZ", "Resection of Appendix, Open Approach"],
    ["0DTJ4ZZ", "Resection of Appendix, Percutaneous Endoscopic Approach"],
    ["0DTN0ZZ", "Resection of Sigmoid Colon, Open Approach"],
    ["0DTN4ZG", "Resection of Sigmoid Colon, Percutaneous Endoscopic Approach, Hand-Assisted", "Resection of Sigmoid Colon, Perc Endo Approach, Hnd-Asist"],
    ["0DTN4ZZ", "Resection of Sigmoid Colon, Percutaneous Endoscopic Approach"],
    ["0DTN8ZZ", "Resection of Sigmoid Colon, Via Natural or Artificial Opening Endoscopic", "Resection of Sigmoid Colon, Endo"],
    ["0DTP0ZZ", "Resection of Rectum, Open Approach"],
  ]),
  table("0DV", MS, "Gastrointestinal System", RESTRICTION, "Gastrointestinal System, Restriction", [
    row(
      ["Body Part", [["6", "Stomach"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [["C", "Extraluminal Device"], ["D", "Intraluminal Device"], ["Z", "No Device"]]],
      NO_QUALIFIER,
    ),
  ], [
    ["0DV64CZ", "Restriction of Stomach with Extraluminal Device, Percutaneous Endoscopic Approach", "Restriction of Stomach with Extralum Dev, Perc Endo Approach"],
  ]),
  table("0FB", MS, "Hepatobiliary System and Pancreas", EXCISION, "Hepatobiliary System and Pancreas, Excision", [
    row(["Body Part", [["0", "Liver"]]], ["Approach", [["0", "Open"], ["3", "Percutaneous"]]], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
    row(
      ["Body Part", [["4", "Gallbladder"]]],
      ["Approach", [["0", "Open"], ["3", "Percutaneous"], ["4", "Percutaneous Endoscopic"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      NONE_DEVICE,
      ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["0FB00ZX", "Excision of Liver, Open Approach, Diagnostic"],
    ["0FB03ZX", "Excision of Liver, Percutaneous Approach, Diagnostic"],
    ["0FB03ZZ", "Excision of Liver, Percutaneous Approach"],
    ["0FB44ZZ", "Excision of Gallbladder, Percutaneous Endoscopic Approach"],
  ]),
  table("0FC", MS, "Hepatobiliary System and Pancreas", EXTIRPATION, "Hepatobiliary System and Pancreas, Extirpation", [
    row(["Body Part", [["9", "Common Bile Duct"]]], ["Approach", ALL_FIVE], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0FC98ZZ", "Extirpation of Matter from Common Bile Duct, Via Natural or Artificial Opening Endoscopic", "Extirpation of Matter from Common Bile Duct, Endo"],
  ]),
  table("0FJ", MS, "Hepatobiliary System and Pancreas", INSPECTION, "Hepatobiliary System and Pancreas, Inspection", [
    row(
      ["Body Part", [["4", "Gallbladder"]]],
      ["Approach", [
        ["0", "Open"],
        ["3", "Percutaneous"],
        ["4", "Percutaneous Endoscopic"],
        ["8", "Via Natural or Artificial Opening Endoscopic"],
        ["X", "External"],
      ]],
      NONE_DEVICE,
      NO_QUALIFIER,
    ),
  ], [["0FJ44ZZ", "Inspection of Gallbladder, Percutaneous Endoscopic Approach"]]),
  table("0FN", MS, "Hepatobiliary System and Pancreas", RELEASE, "Hepatobiliary System and Pancreas, Release", [
    row(
      ["Body Part", [["4", "Gallbladder"]]],
      ["Approach", [["0", "Open"], ["3", "Percutaneous"], ["4", "Percutaneous Endoscopic"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      NONE_DEVICE,
      NO_QUALIFIER,
    ),
  ], [["0FN44ZZ", "Release Gallbladder, Percutaneous Endoscopic Approach"]]),
  table("0FT", MS, "Hepatobiliary System and Pancreas", RESECTION, "Hepatobiliary System and Pancreas, Resection", [
    row(["Body Part", [["0", "Liver"], ["4", "Gallbladder"]]], ["Approach", [["0", "Open"]]], NONE_DEVICE, NO_QUALIFIER),
    row(["Body Part", [["4", "Gallbladder"]]], ["Approach", [["4", "Percutaneous Endoscopic"]]], NONE_DEVICE, ["Qualifier", [["G", "Hand-Assisted"], ["Z", "No Qualifier"]]]),
  ], [
    ["0FT00ZZ", "Resection of Liver, Open Approach"],
    ["0FT40ZZ", "Resection of Gallbladder, Open Approach"],
    ["0FT44ZZ", "Resection of Gallbladder, Percutaneous Endoscopic Approach"],
  ]),
  table("0GB", MS, "Endocrine System", EXCISION, "Endocrine System, Excision", [
    row(["Body Part", [["G", "Thyroid Gland Lobe, Left"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
  ], [["0GBG0ZZ", "Excision of Left Thyroid Gland Lobe, Open Approach"]]),
  table("0GT", MS, "Endocrine System", RESECTION, "Endocrine System, Resection", [
    row(
      ["Body Part", [["H", "Thyroid Gland Lobe, Right"], ["J", "Thyroid Gland Isthmus"], ["K", "Thyroid Gland"]]],
      ["Approach", [["0", "Open"], ["4", "Percutaneous Endoscopic"]]],
      NONE_DEVICE,
      NO_QUALIFIER,
    ),
  ], [
    ["0GTH0ZZ", "Resection of Right Thyroid Gland Lobe, Open Approach"],
    ["0GTJ0ZZ", "Resection of Thyroid Gland Isthmus, Open Approach"],
    ["0GTK0ZZ", "Resection of Thyroid Gland, Open Approach"],
  ]),
  table("0HB", MS, "Skin and Breast", EXCISION, "Skin and Breast, Excision", [
    row(
      ["Body Part", [["H", "Skin, Right Upper Leg"], ["J", "Skin, Left Upper Leg"], ["K", "Skin, Right Lower Leg"], ["L", "Skin, Left Lower Leg"]]],
      ["Approach", [["X", "External"]]],
      NONE_DEVICE,
      ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["0HBHXZZ", "Excision of Right Upper Leg Skin, External Approach"],
    ["0HBJXZZ", "Excision of Left Upper Leg Skin, External Approach"],
    ["0HBKXZZ", "Excision of Right Lower Leg Skin, External Approach"],
    ["0HBLXZX", "Excision of Left Lower Leg Skin, External Approach, Diagnostic", "Excision of Left Lower Leg Skin, External Approach, Diagn"],
    ["0HBLXZZ", "Excision of Left Lower Leg Skin, External Approach"],
  ]),
  table("0HQ", MS, "Skin and Breast", REPAIR, "Skin and Breast, Repair", [
    row(["Body Part", [["0", "Skin, Scalp"], ["1", "Skin, Face"]]], ["Approach", [["X", "External"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0HQ0XZZ", "Repair Scalp Skin, External Approach"],
    ["0HQ1XZZ", "Repair Face Skin, External Approach"],
  ]),
  table("0HR", MS, "Skin and Breast", REPLACEMENT, "Skin and Breast, Replacement", [
    row(
      ["Body Part", [["L", "Skin, Left Lower Leg"]]],
      ["Approach", [["X", "External"]]],
      ["Device", [["7", "Autologous Tissue Substitute"]]],
      ["Qualifier", [["2", "Cell Suspension Technique"], ["3", "Full Thickness"], ["4", "Partial Thickness"]]],
    ),
    row(
      ["Body Part", [["L", "Skin, Left Lower Leg"]]],
      ["Approach", [["X", "External"]]],
      ["Device", [["J", "Synthetic Substitute"]]],
      ["Qualifier", [["3", "Full Thickness"], ["4", "Partial Thickness"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["0HRLX73", "Replacement of Left Lower Leg Skin with Autologous Tissue Substitute, Full Thickness, External Approach", "Replace L Low Leg Skin w Autol Sub, Full Thick, Extern"],
    ["0HRLX74", "Replacement of Left Lower Leg Skin with Autologous Tissue Substitute, Partial Thickness, External Approach", "Replace L Low Leg Skin w Autol Sub, Part Thick, Extern"],
    ["0HRLXJ4", "Replacement of Left Lower Leg Skin with Synthetic Substitute, Partial Thickness, External Approach", "Replace L Low Leg Skin w Synth Sub, Part Thick, Extern"],
  ]),
  table("0HT", MS, "Skin and Breast", RESECTION, "Skin and Breast, Resection", [
    row(["Body Part", [["T", "Breast, Right"], ["U", "Breast, Left"], ["V", "Breast, Bilateral"]]], ["Approach", [["0", "Open"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0HTT0ZZ", "Resection of Right Breast, Open Approach"],
    ["0HTU0ZZ", "Resection of Left Breast, Open Approach"],
    ["0HTV0ZZ", "Resection of Bilateral Breast, Open Approach"],
  ]),
  table("0J9", MS, "Subcutaneous Tissue and Fascia", DRAINAGE, "Subcutaneous Tissue and Fascia, Drainage", [
    row(["Body Part", [["7", "Subcutaneous Tissue and Fascia, Back"]]], ["Approach", [["0", "Open"], ["3", "Percutaneous"]]], ["Device", [["0", "Drainage Device"]]], NO_QUALIFIER),
    row(
      ["Body Part", [["7", "Subcutaneous Tissue and Fascia, Back"], ["N", "Subcutaneous Tissue and Fascia, Right Lower Leg"]]],
      ["Approach", [["0", "Open"], ["3", "Percutaneous"]]],
      NONE_DEVICE,
      ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["0J9700Z", "Drainage of Back Subcutaneous Tissue and Fascia with Drainage Device, Open Approach", "Drainage of Back Subcu/Fascia with Drain Dev, Open Approach"],
    ["0J970ZZ", "Drainage of Back Subcutaneous Tissue and Fascia, Open Approach", "Drainage of Back Subcu/Fascia, Open Approach"],
    ["0J9N0ZZ", "Drainage of Right Lower Leg Subcutaneous Tissue and Fascia, Open Approach", "Drainage of R Low Leg Subcu/Fascia, Open Approach"],
  ]),
  table("0JB", MS, "Subcutaneous Tissue and Fascia", EXCISION, "Subcutaneous Tissue and Fascia, Excision", [
    row(
      ["Body Part", [
        ["7", "Subcutaneous Tissue and Fascia, Back"],
        ["M", "Subcutaneous Tissue and Fascia, Left Upper Leg"],
        ["N", "Subcutaneous Tissue and Fascia, Right Lower Leg"],
      ]],
      ["Approach", [["0", "Open"], ["3", "Percutaneous"]]],
      NONE_DEVICE,
      ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["0JB70ZZ", "Excision of Back Subcutaneous Tissue and Fascia, Open Approach", "Excision of Back Subcu/Fascia, Open Approach"],
    ["0JBM0ZZ", "Excision of Left Upper Leg Subcutaneous Tissue and Fascia, Open Approach", "Excision of L Up Leg Subcu/Fascia, Open Approach"],
    ["0JBN0ZZ", "Excision of Right Lower Leg Subcutaneous Tissue and Fascia, Open Approach", "Excision of R Low Leg Subcu/Fascia, Open Approach"],
  ]),
  table("0JC", MS, "Subcutaneous Tissue and Fascia", EXTIRPATION, "Subcutaneous Tissue and Fascia, Extirpation", [
    row(["Body Part", [["7", "Subcutaneous Tissue and Fascia, Back"]]], ["Approach", [["0", "Open"], ["3", "Percutaneous"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0JC70ZZ", "Extirpation of Matter from Back Subcutaneous Tissue and Fascia, Open Approach", "Extirpation of Matter from Back Subcu/Fascia, Open Approach"],
  ]),
  table("0JD", MS, "Subcutaneous Tissue and Fascia", EXTRACTION, "Subcutaneous Tissue and Fascia, Extraction", [
    row(
      ["Body Part", [["M", "Subcutaneous Tissue and Fascia, Left Upper Leg"], ["N", "Subcutaneous Tissue and Fascia, Right Lower Leg"]]],
      ["Approach", [["0", "Open"], ["3", "Percutaneous"]]],
      NONE_DEVICE,
      NO_QUALIFIER,
    ),
  ], [
    ["0JDM0ZZ", "Extraction of Left Upper Leg Subcutaneous Tissue and Fascia, Open Approach", "Extraction of L Up Leg Subcu/Fascia, Open Approach"],
    ["0JDN0ZZ", "Extraction of Right Lower Leg Subcutaneous Tissue and Fascia, Open Approach", "Extraction of R Low Leg Subcu/Fascia, Open Approach"],
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
  ], [
    ["0JH606Z", "Insertion of Pacemaker, Dual Chamber into Chest Subcutaneous Tissue and Fascia, Open Approach", "Insert Pace. Dual Cham in Chest Subcu/Fascia, Open"],
    ["0JH60PZ", "Insertion of Cardiac Rhythm Related Device into Chest Subcutaneous Tissue and Fascia, Open Approach", "Insert Card Rhythm Dev in Chest Subcu/Fascia, Open"],
    ["0JH60WZ", "Insertion of Totally Implantable Vascular Access Device into Chest Subcutaneous Tissue and Fascia, Open Approach", "Insertion of TIVAD into Chest Subcu/Fascia, Open Approach"],
    ["0JH63XZ", "Insertion of Tunneled Vascular Access Device into Chest Subcutaneous Tissue and Fascia, Percutaneous Approach", "Insert of Tunnel VAD into Chest Subcu/Fascia, Perc Approach"],
  ]),
  table("0JP", MS, "Subcutaneous Tissue and Fascia", REMOVAL, "Subcutaneous Tissue and Fascia, Removal", [
    row(
      ["Body Part", [["T", "Subcutaneous Tissue and Fascia, Trunk"]]],
      ["Approach", [["0", "Open"], ["3", "Percutaneous"]]],
      ["Device", [
        ["0", "Drainage Device"],
        ["1", "Radioactive Element"],
        ["2", "Monitoring Device"],
        ["3", "Infusion Device"],
        ["7", "Autologous Tissue Substitute"],
        ["F", "Subcutaneous Defibrillator Lead"],
        ["H", "Contraceptive Device"],
        ["J", "Synthetic Substitute"],
        ["K", "Nonautologous Tissue Substitute"],
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
  ], [
    ["0JPT0PZ", "Removal of Cardiac Rhythm Related Device from Trunk Subcutaneous Tissue and Fascia, Open Approach", "Remove Card Rhythm Dev from Trunk Subcu/Fascia, Open"],
  ]),
  table("0JQ", MS, "Subcutaneous Tissue and Fascia", REPAIR, "Subcutaneous Tissue and Fascia, Repair", [
    row(["Body Part", [["G", "Subcutaneous Tissue and Fascia, Right Lower Arm"]]], ["Approach", [["0", "Open"], ["3", "Percutaneous"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0JQG0ZZ", "Repair Right Lower Arm Subcutaneous Tissue and Fascia, Open Approach", "Repair R Low Arm Subcu/Fascia, Open Approach"],
  ]),
  table("0JW", MS, "Subcutaneous Tissue and Fascia", REVISION, "Subcutaneous Tissue and Fascia, Revision", [
    row(
      ["Body Part", [["T", "Subcutaneous Tissue and Fascia, Trunk"]]],
      ["Approach", [["0", "Open"], ["3", "Percutaneous"]]],
      ["Device", [
        ["0", "Drainage Device"],
        ["2", "Monitoring Device"],
        ["3", "Infusion Device"],
        ["7", "Autologous Tissue Substitute"],
        ["F", "Subcutaneous Defibrillator Lead"],
        ["H", "Contraceptive Device"],
        ["J", "Synthetic Substitute"],
        ["K", "Nonautologous Tissue Substitute"],
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
  ], [
    ["0JWT0PZ", "Revision of Cardiac Rhythm Related Device in Trunk Subcutaneous Tissue and Fascia, Open Approach", "Revise Card Rhythm Dev in Trunk Subcu/Fascia, Open"],
  ]),
  table("0KB", MS, "Muscles", EXCISION, "Muscles, Excision", [
    row(
      ["Body Part", [["Q", "Upper Leg Muscle, Right"], ["S", "Lower Leg Muscle, Right"]]],
      ["Approach", OPEN_PERC_ENDO],
      NONE_DEVICE,
      ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["0KBQ0ZZ", "Excision of Right Upper Leg Muscle, Open Approach"],
    ["0KBS0ZZ", "Excision of Right Lower Leg Muscle, Open Approach"],
  ]),
  table("0KQ", MS, "Muscles", REPAIR, "Muscles, Repair", [
    row(["Body Part", [["M", "Perineum Muscle"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, NO_QUALIFIER),
  ], [["0KQM0ZZ", "Repair Perineum Muscle, Open Approach"]]),
  table("0L8", MS, "Tendons", DIVISION, "Tendons, Division", [
    row(["Body Part", [["P", "Lower Leg Tendon, Left"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, NO_QUALIFIER),
  ], [["0L8P0ZZ", "Division of Left Lower Leg Tendon, Open Approach"]]),
  table("0LX", MS, "Tendons", {
    title: "Operation",
    text: "Transfer",
    definition: "Moving, without taking out, all or a portion of a body part to another location to take over the function of all or a portion of a body part",
  }, "Tendons, Transfer", [
    row(["Body Part", [["P", "Lower Leg Tendon, Left"]]], ["Approach", [["0", "Open"], ["4", "Percutaneous Endoscopic"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [["0LXP0ZZ", "Transfer Left Lower Leg Tendon, Open Approach"]]),
  table("0MQ", MS, "Bursae and Ligaments", REPAIR, "Bursae and Ligaments, Repair", [
    row(["Body Part", [["N", "Knee Bursa and Ligament, Right"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0MQN0ZZ", "Repair Right Knee Bursa and Ligament, Open Approach"],
    ["0MQN4ZZ", "Repair Right Knee Bursa and Ligament, Percutaneous Endoscopic Approach", "Repair Right Knee Bursa and Ligament, Perc Endo Approach"],
  ]),
  table("0PS", MS, "Upper Bones", REPOSITION, "Upper Bones, Reposition", [
    row(["Body Part", [["H", "Radius, Right"]]], ["Approach", [["X", "External"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [["0PSHXZZ", "Reposition Right Radius, External Approach"]]),
  table("0PU", MS, "Upper Bones", SUPPLEMENT, "Upper Bones, Supplement", [
    row(
      ["Body Part", [["4", "Thoracic Vertebra"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [["7", "Autologous Tissue Substitute"], ["J", "Synthetic Substitute"], ["K", "Nonautologous Tissue Substitute"]]],
      NO_QUALIFIER,
    ),
  ], [
    ["0PU43JZ", "Supplement Thoracic Vertebra with Synthetic Substitute, Percutaneous Approach", "Supplement Thoracic Vertebra with Synth Sub, Perc Approach"],
  ]),
  table("0QB", MS, "Lower Bones", EXCISION, "Lower Bones, Excision", [
    row(["Body Part", [["2", "Pelvic Bone, Right"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
  ], [
    ["0QB23ZX", "Excision of Right Pelvic Bone, Percutaneous Approach, Diagnostic", "Excision of Right Pelvic Bone, Percutaneous Approach, Diagn"],
  ]),
  table("0QH", MS, "Lower Bones", INSERTION, "Lower Bones, Insertion", [
    row(
      ["Body Part", [["7", "Upper Femur, Left"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [
        ["4", "Internal Fixation Device"],
        ["5", "External Fixation Device"],
        ["6", "Internal Fixation Device, Intramedullary"],
        ["8", "External Fixation Device, Limb Lengthening"],
        ["B", "External Fixation Device, Monoplanar"],
        ["C", "External Fixation Device, Ring"],
        ["D", "External Fixation Device, Hybrid"],
      ]],
      NO_QUALIFIER,
    ),
    row(
      ["Body Part", [["9", "Femoral Shaft, Left"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [
        ["4", "Internal Fixation Device"],
        ["5", "External Fixation Device"],
        ["6", "Internal Fixation Device, Intramedullary"],
        ["7", "Internal Fixation Device, Intramedullary Limb Lengthening"],
        ["8", "External Fixation Device, Limb Lengthening"],
        ["B", "External Fixation Device, Monoplanar"],
        ["C", "External Fixation Device, Ring"],
        ["D", "External Fixation Device, Hybrid"],
      ]],
      NO_QUALIFIER,
    ),
  ], [
    ["0QH736Z", "Insertion of Intramedullary Internal Fixation Device into Left Upper Femur, Percutaneous Approach", "Insertion of Intramed Fix into L Up Femur, Perc Approach"],
    ["0QH904Z", "Insertion of Internal Fixation Device into Left Femoral Shaft, Open Approach", "Insertion of Int Fix into L Femur Shaft, Open Approach"],
  ]),
  table("0QR", MS, "Lower Bones", REPLACEMENT, "Lower Bones, Replacement", [
    row(
      ["Body Part", [["0", "Lumbar Vertebra"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [["7", "Autologous Tissue Substitute"], ["J", "Synthetic Substitute"], ["K", "Nonautologous Tissue Substitute"]]],
      NO_QUALIFIER,
    ),
  ], [
    ["0QR03JZ", "Replacement of Lumbar Vertebra with Synthetic Substitute, Percutaneous Approach", "Replacement of Lumbar Vertebra with Synth Sub, Perc Approach"],
  ]),
  table("0QS", MS, "Lower Bones", REPOSITION, "Lower Bones, Reposition", [
    row(
      ["Body Part", [["6", "Upper Femur, Right"], ["7", "Upper Femur, Left"], ["9", "Femoral Shaft, Left"], ["G", "Tibia, Right"], ["J", "Fibula, Right"]]],
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
    row(["Body Part", [["0", "Lumbar Vertebra"]]], ["Approach", [["3", "Percutaneous"]]], ["Device", [["4", "Internal Fixation Device"], ["Z", "No Device"]]], NO_QUALIFIER),
    row(["Body Part", [["G", "Tibia, Right"]]], ["Approach", [["X", "External"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0QS03ZZ", "Reposition Lumbar Vertebra, Percutaneous Approach"],
    ["0QS604Z", "Reposition Right Upper Femur with Internal Fixation Device, Open Approach", "Reposition Right Upper Femur with Int Fix, Open Approach"],
    ["0QS634Z", "Reposition Right Upper Femur with Internal Fixation Device, Percutaneous Approach", "Reposition Right Upper Femur with Int Fix, Perc Approach"],
    ["0QS706Z", "Reposition Left Upper Femur with Intramedullary Internal Fixation Device, Open Approach", "Reposition Left Upper Femur with Intramed Fix, Open Approach"],
    ["0QS734Z", "Reposition Left Upper Femur with Internal Fixation Device, Percutaneous Approach", "Reposition Left Upper Femur with Int Fix, Perc Approach"],
    ["0QS736Z", "Reposition Left Upper Femur with Intramedullary Internal Fixation Device, Percutaneous Approach", "Reposition Left Upper Femur with Intramed Fix, Perc Approach"],
    ["0QS904Z", "Reposition Left Femoral Shaft with Internal Fixation Device, Open Approach", "Reposition Left Femoral Shaft with Int Fix, Open Approach"],
    ["0QS934Z", "Reposition Left Femoral Shaft with Internal Fixation Device, Percutaneous Approach", "Reposition Left Femoral Shaft with Int Fix, Perc Approach"],
    ["0QSG04Z", "Reposition Right Tibia with Internal Fixation Device, Open Approach", "Reposition Right Tibia with Int Fix, Open Approach"],
    ["0QSGXZZ", "Reposition Right Tibia, External Approach"],
    ["0QSJ04Z", "Reposition Right Fibula with Internal Fixation Device, Open Approach", "Reposition Right Fibula with Int Fix, Open Approach"],
  ]),
  table("0QU", MS, "Lower Bones", SUPPLEMENT, "Lower Bones, Supplement", [
    row(
      ["Body Part", [["0", "Lumbar Vertebra"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [["7", "Autologous Tissue Substitute"], ["J", "Synthetic Substitute"], ["K", "Nonautologous Tissue Substitute"]]],
      NO_QUALIFIER,
    ),
  ], [
    ["0QU03JZ", "Supplement Lumbar Vertebra with Synthetic Substitute, Percutaneous Approach", "Supplement Lumbar Vertebra with Synth Sub, Perc Approach"],
  ]),
  table("0SB", MS, "Lower Joints", EXCISION, "Lower Joints, Excision", [
    row(
      ["Body Part", [["2", "Lumbar Vertebral Disc"], ["C", "Knee Joint, Right"]]],
      ["Approach", OPEN_PERC_ENDO],
      NONE_DEVICE,
      ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["0SB20ZZ", "Excision of Lumbar Vertebral Disc, Open Approach"],
    ["0SBC4ZZ", "Excision of Right Knee Joint, Percutaneous Endoscopic Approach", "Excision of Right Knee Joint, Perc Endo Approach"],
  ]),
  table("0SG", MS, "Lower Joints", {
    title: "Operation",
    text: "Fusion",
    definition: "Joining together portions of an articular body part rendering the articular body part immobile",
  }, "Lower Joints, Fusion", [
    row(
      ["Body Part", [["0", "Lumbar Vertebral Joint"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [["A", "Interbody Fusion Device"]]],
      ["Qualifier", [["0", "Anterior Approach, Anterior Column"], ["J", "Posterior Approach, Anterior Column"]]],
    ),
    row(
      ["Body Part", [["0", "Lumbar Vertebral Joint"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [["7", "Autologous Tissue Substitute"], ["J", "Synthetic Substitute"], ["K", "Nonautologous Tissue Substitute"]]],
      ["Qualifier", [["0", "Anterior Approach, Anterior Column"], ["1", "Posterior Approach, Posterior Column"], ["J", "Posterior Approach, Anterior Column"]]],
    ),
  ], [
    ["0SG0071", "Fusion of Lumbar Vertebral Joint with Autologous Tissue Substitute, Posterior Approach, Posterior Column, Open Approach", "Fusion Lum Jt w Autol Sub, Post Appr P Col, Open"],
    ["0SG00A0", "Fusion of Lumbar Vertebral Joint with Interbody Fusion Device, Anterior Approach, Anterior Column, Open Approach", "Fusion Lum Jt w Intbd Fus Dev, Ant Appr A Col, Open"],
    ["0SG00AJ", "Fusion of Lumbar Vertebral Joint with Interbody Fusion Device, Posterior Approach, Anterior Column, Open Approach", "Fusion Lum Jt w Intbd Fus Dev, Post Appr A Col, Open"],
  ]),
  table("0SP", MS, "Lower Joints", REMOVAL, "Lower Joints, Removal", [
    row(
      ["Body Part", [["B", "Hip Joint, Left"]]],
      ["Approach", [["0", "Open"]]],
      ["Device", [
        ["0", "Drainage Device"],
        ["3", "Infusion Device"],
        ["4", "Internal Fixation Device"],
        ["5", "External Fixation Device"],
        ["7", "Autologous Tissue Substitute"],
        ["8", "Spacer"],
        ["9", "Liner"],
        ["B", "Resurfacing Device"],
        ["E", "Articulating Spacer"],
        ["J", "Synthetic Substitute"],
        ["K", "Nonautologous Tissue Substitute"],
      ]],
      NO_QUALIFIER,
    ),
  ], [
    ["0SPB0JZ", "Removal of Synthetic Substitute from Left Hip Joint, Open Approach", "Removal of Synthetic Substitute from L Hip Jt, Open Approach"],
  ]),
  table("0SR", MS, "Lower Joints", REPLACEMENT, "Lower Joints, Replacement", [
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
    row(
      ["Body Part", [["R", "Hip Joint, Femoral Surface, Right"]]],
      ["Approach", [["0", "Open"]]],
      ["Device", [["1", "Synthetic Substitute, Metal"], ["3", "Synthetic Substitute, Ceramic"], ["J", "Synthetic Substitute"]]],
      ["Qualifier", [["9", "Cemented"], ["A", "Uncemented"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["0SR9019", "Replacement of Right Hip Joint with Metal Synthetic Substitute, Cemented, Open Approach", "Replacement of R Hip Jt with Metal, Cement, Open Approach"],
    ["0SR9049", "Replacement of Right Hip Joint with Ceramic on Polyethylene Synthetic Substitute, Cemented, Open Approach", "Replace R Hip Jt w Ceramic on Poly, Cement, Open"],
    ["0SR904A", "Replacement of Right Hip Joint with Ceramic on Polyethylene Synthetic Substitute, Uncemented, Open Approach", "Replace R Hip Jt w Ceramic on Poly, Uncement, Open"],
    ["0SR90J9", "Replacement of Right Hip Joint with Synthetic Substitute, Cemented, Open Approach", "Replace of R Hip Jt with Synth Sub, Cement, Open Approach"],
    ["0SR90JA", "Replacement of Right Hip Joint with Synthetic Substitute, Uncemented, Open Approach", "Replace of R Hip Jt with Synth Sub, Uncement, Open Approach"],
    ["0SRB049", "Replacement of Left Hip Joint with Ceramic on Polyethylene Synthetic Substitute, Cemented, Open Approach", "Replace L Hip Jt w Ceramic on Poly, Cement, Open"],
    ["0SRB04A", "Replacement of Left Hip Joint with Ceramic on Polyethylene Synthetic Substitute, Uncemented, Open Approach", "Replace L Hip Jt w Ceramic on Poly, Uncement, Open"],
    ["0SRB0J9", "Replacement of Left Hip Joint with Synthetic Substitute, Cemented, Open Approach", "Replace of L Hip Jt with Synth Sub, Cement, Open Approach"],
    ["0SRC0J9", "Replacement of Right Knee Joint with Synthetic Substitute, Cemented, Open Approach", "Replace of R Knee Jt with Synth Sub, Cement, Open Approach"],
    ["0SRD0J9", "Replacement of Left Knee Joint with Synthetic Substitute, Cemented, Open Approach", "Replace of L Knee Jt with Synth Sub, Cement, Open Approach"],
    ["0SRR0J9", "Replacement of Right Hip Joint, Femoral Surface with Synthetic Substitute, Cemented, Open Approach", "Replace R Hip Jt, Femoral w Synth Sub, Cement, Open"],
  ]),
  table("0SW", MS, "Lower Joints", REVISION, "Lower Joints, Revision", [
    row(
      ["Body Part", [["B", "Hip Joint, Left"]]],
      ["Approach", [["0", "Open"]]],
      ["Device", [
        ["0", "Drainage Device"],
        ["3", "Infusion Device"],
        ["4", "Internal Fixation Device"],
        ["5", "External Fixation Device"],
        ["7", "Autologous Tissue Substitute"],
        ["8", "Spacer"],
        ["9", "Liner"],
        ["B", "Resurfacing Device"],
        ["J", "Synthetic Substitute"],
        ["K", "Nonautologous Tissue Substitute"],
      ]],
      NO_QUALIFIER,
    ),
  ], [
    ["0SWB0JZ", "Revision of Synthetic Substitute in Left Hip Joint, Open Approach", "Revision of Synthetic Substitute in L Hip Jt, Open Approach"],
  ]),
  table("0T2", MS, "Urinary System", {
    title: "Operation",
    text: "Change",
    definition: "Taking out or off a device from a body part and putting back an identical or similar device in or on the same body part without cutting or puncturing the skin or a mucous membrane",
  }, "Urinary System, Change", [
    row(["Body Part", [["B", "Bladder"]]], ["Approach", [["X", "External"]]], ["Device", [["0", "Drainage Device"], ["Y", "Other Device"]]], NO_QUALIFIER),
  ], [["0T2BX0Z", "Change Drainage Device in Bladder, External Approach"]]),
  table("0T5", MS, "Urinary System", DESTRUCTION, "Urinary System, Destruction", [
    row(["Body Part", [["B", "Bladder"]]], ["Approach", ALL_FIVE], NONE_DEVICE, NO_QUALIFIER),
  ], [["0T5B8ZZ", "Destruction of Bladder, Via Natural or Artificial Opening Endoscopic", "Destruction of Bladder, Endo"]]),
  table("0T7", MS, "Urinary System", DILATION, "Urinary System, Dilation", [
    row(["Body Part", [["6", "Ureter, Right"], ["7", "Ureter, Left"]]], ["Approach", ALL_FIVE], ["Device", [["D", "Intraluminal Device"], ["Z", "No Device"]]], NO_QUALIFIER),
  ], [
    ["0T768DZ", "Dilation of Right Ureter with Intraluminal Device, Via Natural or Artificial Opening Endoscopic", "Dilation of Right Ureter with Intraluminal Device, Endo"],
    ["0T778DZ", "Dilation of Left Ureter with Intraluminal Device, Via Natural or Artificial Opening Endoscopic", "Dilation of Left Ureter with Intraluminal Device, Endo"],
  ]),
  table("0T9", MS, "Urinary System", DRAINAGE, "Urinary System, Drainage", [
    row(["Body Part", [["B", "Bladder"]]], ["Approach", ALL_FIVE], ["Device", [["0", "Drainage Device"]]], NO_QUALIFIER),
  ], [
    ["0T9B70Z", "Drainage of Bladder with Drainage Device, Via Natural or Artificial Opening", "Drainage of Bladder with Drainage Device, Via Opening"],
  ]),
  table("0TB", MS, "Urinary System", EXCISION, "Urinary System, Excision", [
    row(["Body Part", [["0", "Kidney, Right"], ["B", "Bladder"]]], ["Approach", ALL_FIVE], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
  ], [
    ["0TB00ZZ", "Excision of Right Kidney, Open Approach"],
    ["0TBB0ZZ", "Excision of Bladder, Open Approach"],
    ["0TBB8ZZ", "Excision of Bladder, Via Natural or Artificial Opening Endoscopic", "Excision of Bladder, Endo"],
  ]),
  table("0TC", MS, "Urinary System", EXTIRPATION, "Urinary System, Extirpation", [
    row(["Body Part", [["6", "Ureter, Right"], ["7", "Ureter, Left"]]], ["Approach", ALL_FIVE], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0TC68ZZ", "Extirpation of Matter from Right Ureter, Via Natural or Artificial Opening Endoscopic", "Extirpation of Matter from Right Ureter, Endo"],
    ["0TC78ZZ", "Extirpation of Matter from Left Ureter, Via Natural or Artificial Opening Endoscopic", "Extirpation of Matter from Left Ureter, Endo"],
  ]),
  table("0TF", MS, "Urinary System", { title: "Operation", text: "Fragmentation", definition: "Breaking solid matter in a body part into pieces" }, "Urinary System, Fragmentation", [
    row(["Body Part", [["3", "Kidney Pelvis, Right"], ["6", "Ureter, Right"]]], ["Approach", ALL_SIX], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0TF3XZZ", "Fragmentation in Right Kidney Pelvis, External Approach"],
    ["0TF68ZZ", "Fragmentation in Right Ureter, Via Natural or Artificial Opening Endoscopic", "Fragmentation in Right Ureter, Endo"],
  ]),
  table("0TT", MS, "Urinary System", RESECTION, "Urinary System, Resection", [
    row(
      ["Body Part", [["B", "Bladder"]]],
      ["Approach", [
        ["0", "Open"],
        ["4", "Percutaneous Endoscopic"],
        ["7", "Via Natural or Artificial Opening"],
        ["8", "Via Natural or Artificial Opening Endoscopic"],
      ]],
      NONE_DEVICE,
      NO_QUALIFIER,
    ),
  ], [["0TTB8ZZ", "Resection of Bladder, Via Natural or Artificial Opening Endoscopic", "Resection of Bladder, Endo"]]),
  table("0TY", MS, "Urinary System", {
    title: "Operation",
    text: "Transplantation",
    definition: "Putting in or on all or a portion of a living body part taken from another individual or animal to physically take the place and/or function of all or a portion of a similar body part",
  }, "Urinary System, Transplantation", [
    row(["Body Part", [["0", "Kidney, Right"]]], ["Approach", [["0", "Open"]]], NONE_DEVICE, ["Qualifier", [["0", "Allogeneic"], ["1", "Syngeneic"], ["2", "Zooplastic"]]]),
  ], [["0TY00Z0", "Transplantation of Right Kidney, Allogeneic, Open Approach"]]),
  table("0UC", MS, "Female Reproductive System", EXTIRPATION, "Female Reproductive System, Extirpation", [
    row(["Body Part", [["B", "Endometrium"]]], ["Approach", ALL_FIVE], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0UCB7ZZ", "Extirpation of Matter from Endometrium, Via Natural or Artificial Opening", "Extirpation of Matter from Endometrium, Via Opening"],
  ]),
  table("0UD", MS, "Female Reproductive System", EXTRACTION, "Female Reproductive System, Extraction", [
    row(
      ["Body Part", [["B", "Endometrium"]]],
      ["Approach", [["7", "Via Natural or Artificial Opening"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      NONE_DEVICE,
      ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]],
    ),
  ], [["0UDB7ZZ", "Extraction of Endometrium, Via Natural or Artificial Opening"]]),
  table("0UL", MS, "Female Reproductive System", OCCLUSION, "Female Reproductive System, Occlusion", [
    row(
      ["Body Part", [["7", "Fallopian Tubes, Bilateral"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [["C", "Extraluminal Device"], ["D", "Intraluminal Device"], ["Z", "No Device"]]],
      NO_QUALIFIER,
    ),
  ], [
    ["0UL70CZ", "Occlusion of Bilateral Fallopian Tubes with Extraluminal Device, Open Approach", "Occlusion Bi Fallopian Tube w Extralum Dev, Open"],
    ["0UL74CZ", "Occlusion of Bilateral Fallopian Tubes with Extraluminal Device, Percutaneous Endoscopic Approach", "Occlusion Bi Fallopian Tube w Extralum Dev, Perc Endo"],
    ["0UL74ZZ", "Occlusion of Bilateral Fallopian Tubes, Percutaneous Endoscopic Approach", "Occlusion of Bilateral Fallopian Tubes, Perc Endo Approach"],
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
    row(
      ["Body Part", [["2", "Ovaries, Bilateral"], ["7", "Fallopian Tubes, Bilateral"]]],
      ["Approach", [
        ["0", "Open"],
        ["4", "Percutaneous Endoscopic"],
        ["7", "Via Natural or Artificial Opening"],
        ["8", "Via Natural or Artificial Opening Endoscopic"],
        ["F", "Via Natural or Artificial Opening With Percutaneous Endoscopic Assistance"],
      ]],
      NONE_DEVICE,
      NO_QUALIFIER,
    ),
    row(
      ["Body Part", [["C", "Cervix"]]],
      ["Approach", [
        ["0", "Open"],
        ["4", "Percutaneous Endoscopic"],
        ["7", "Via Natural or Artificial Opening"],
        ["8", "Via Natural or Artificial Opening Endoscopic"],
      ]],
      NONE_DEVICE,
      NO_QUALIFIER,
    ),
  ], [
    ["0UT20ZZ", "Resection of Bilateral Ovaries, Open Approach"],
    ["0UT24ZZ", "Resection of Bilateral Ovaries, Percutaneous Endoscopic Approach", "Resection of Bilateral Ovaries, Perc Endo Approach"],
    ["0UT70ZZ", "Resection of Bilateral Fallopian Tubes, Open Approach"],
    ["0UT74ZZ", "Resection of Bilateral Fallopian Tubes, Percutaneous Endoscopic Approach", "Resection of Bilateral Fallopian Tubes, Perc Endo Approach"],
    ["0UT90ZL", "Resection of Uterus, Supracervical, Open Approach"],
    ["0UT90ZZ", "Resection of Uterus, Open Approach"],
    ["0UT94ZZ", "Resection of Uterus, Percutaneous Endoscopic Approach"],
    ["0UT9FZZ", "Resection of Uterus, Via Natural or Artificial Opening With Percutaneous Endoscopic Assistance", "Resection of Uterus, Via Opening w Perc Endo"],
    ["0UTC0ZZ", "Resection of Cervix, Open Approach"],
    ["0UTC4ZZ", "Resection of Cervix, Percutaneous Endoscopic Approach"],
  ]),
  table("0UV", MS, "Female Reproductive System", RESTRICTION, "Female Reproductive System, Restriction", [
    row(
      ["Body Part", [["C", "Cervix"]]],
      ["Approach", [["7", "Via Natural or Artificial Opening"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      ["Device", [["D", "Intraluminal Device"], ["Z", "No Device"]]],
      NO_QUALIFIER,
    ),
  ], [["0UVC7ZZ", "Restriction of Cervix, Via Natural or Artificial Opening"]]),
  table("0VB", MS, "Male Reproductive System", EXCISION, "Male Reproductive System, Excision", [
    row(["Body Part", [["0", "Prostate"]]], ["Approach", ALL_FIVE], NONE_DEVICE, ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]]),
  ], [
    ["0VB03ZX", "Excision of Prostate, Percutaneous Approach, Diagnostic"],
    ["0VB08ZZ", "Excision of Prostate, Via Natural or Artificial Opening Endoscopic", "Excision of Prostate, Endo"],
  ]),
  table("0VS", MS, "Male Reproductive System", REPOSITION, "Male Reproductive System, Reposition", [
    row(
      ["Body Part", [["9", "Testis, Right"]]],
      ["Approach", [["0", "Open"], ["3", "Percutaneous"], ["4", "Percutaneous Endoscopic"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      NONE_DEVICE,
      NO_QUALIFIER,
    ),
  ], [["0VS90ZZ", "Reposition Right Testis, Open Approach"]]),
  table("0VT", MS, "Male Reproductive System", RESECTION, "Male Reproductive System, Resection", [
    row(["Body Part", [["T", "Prepuce"]]], ["Approach", [["0", "Open"], ["4", "Percutaneous Endoscopic"], ["X", "External"]]], NONE_DEVICE, NO_QUALIFIER),
    row(
      ["Body Part", [["0", "Prostate"]]],
      ["Approach", [
        ["0", "Open"],
        ["4", "Percutaneous Endoscopic"],
        ["7", "Via Natural or Artificial Opening"],
        ["8", "Via Natural or Artificial Opening Endoscopic"],
      ]],
      NONE_DEVICE,
      NO_QUALIFIER,
    ),
    row(["Body Part", [["C", "Testes, Bilateral"]]], ["Approach", [["0", "Open"], ["4", "Percutaneous Endoscopic"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0VT04ZZ", "Resection of Prostate, Percutaneous Endoscopic Approach"],
    ["0VTC0ZZ", "Resection of Bilateral Testes, Open Approach"],
    ["0VTTXZZ", "Resection of Prepuce, External Approach"],
  ]),
  table("0W0", MS, "Anatomical Regions, General", {
    title: "Operation",
    text: "Alteration",
    definition: "Modifying the anatomic structure of a body part without affecting the function of the body part",
  }, "Anatomical Regions, General, Alteration", [
    row(
      ["Body Part", [["2", "Face"]]],
      ["Approach", OPEN_PERC_ENDO],
      ["Device", [["7", "Autologous Tissue Substitute"], ["J", "Synthetic Substitute"], ["K", "Nonautologous Tissue Substitute"], ["Z", "No Device"]]],
      NO_QUALIFIER,
    ),
  ], [["0W020ZZ", "Alteration of Face, Open Approach"]]),
  table("0W3", MS, "Anatomical Regions, General", {
    title: "Operation",
    text: "Control",
    definition: "Stopping, or attempting to stop, postprocedural or other acute bleeding",
  }, "Anatomical Regions, General, Control", [
    row(["Body Part", [["3", "Oral Cavity and Throat"]]], ["Approach", ALL_SIX], NONE_DEVICE, NO_QUALIFIER),
    row(["Body Part", [["P", "Gastrointestinal Tract"]]], ["Approach", ALL_FIVE], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0W337ZZ", "Control Bleeding in Oral Cavity and Throat, Via Natural or Artificial Opening", "Control Bleeding in Oral Cavity and Throat, Via Opening"],
    ["0W33XZZ", "Control Bleeding in Oral Cavity and Throat, External Approach", "Control Bleeding in Oral Cavity and Throat, Extern Approach"],
    ["0W3P8ZZ", "Control Bleeding in Gastrointestinal Tract, Via Natural or Artificial Opening Endoscopic", "Control Bleeding in Gastrointestinal Tract, Endo"],
  ]),
  table("0W4", MS, "Anatomical Regions, General", {
    title: "Operation",
    text: "Creation",
    definition: "Putting in or on biological or synthetic material to form a new body part that to the extent possible replicates the anatomic structure or function of an absent body part",
  }, "Anatomical Regions, General, Creation", [
    row(
      ["Body Part", [["M", "Perineum, Male"]]],
      ["Approach", [["0", "Open"]]],
      ["Device", [["7", "Autologous Tissue Substitute"], ["J", "Synthetic Substitute"], ["K", "Nonautologous Tissue Substitute"]]],
      ["Qualifier", [["0", "Vagina"]]],
    ),
  ], [
    ["0W4M0J0", "Creation of Vagina in Male Perineum with Synthetic Substitute, Open Approach", "Create Vagina in Male Perineum w Synth Sub, Open"],
  ]),
  table("0W8", MS, "Anatomical Regions, General", DIVISION, "Anatomical Regions, General, Division", [
    row(["Body Part", [["N", "Perineum, Female"]]], ["Approach", [["X", "External"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [["0W8NXZZ", "Division of Female Perineum, External Approach"]]),
  table("0W9", MS, "Anatomical Regions, General", DRAINAGE, "Anatomical Regions, General, Drainage", [
    row(
      ["Body Part", [["9", "Pleural Cavity, Right"], ["G", "Peritoneal Cavity"]]],
      ["Approach", OPEN_PERC_ENDO],
      NONE_DEVICE,
      ["Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]],
    ),
    row(["Body Part", [["9", "Pleural Cavity, Right"]]], ["Approach", OPEN_PERC_ENDO], ["Device", [["0", "Drainage Device"]]], NO_QUALIFIER),
  ], [
    ["0W9930Z", "Drainage of Right Pleural Cavity with Drainage Device, Percutaneous Approach", "Drainage of R Pleural Cav with Drain Dev, Perc Approach"],
    ["0W993ZX", "Drainage of Right Pleural Cavity, Percutaneous Approach, Diagnostic", "Drainage of Right Pleural Cavity, Perc Approach, Diagn"],
    ["0W993ZZ", "Drainage of Right Pleural Cavity, Percutaneous Approach"],
    ["0W9G3ZX", "Drainage of Peritoneal Cavity, Percutaneous Approach, Diagnostic", "Drainage of Peritoneal Cavity, Percutaneous Approach, Diagn"],
    ["0W9G3ZZ", "Drainage of Peritoneal Cavity, Percutaneous Approach"],
  ]),
  table("0WJ", MS, "Anatomical Regions, General", INSPECTION, "Anatomical Regions, General, Inspection", [
    row(["Body Part", [["G", "Peritoneal Cavity"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, NO_QUALIFIER),
  ], [
    ["0WJG0ZZ", "Inspection of Peritoneal Cavity, Open Approach"],
    ["0WJG4ZZ", "Inspection of Peritoneal Cavity, Percutaneous Endoscopic Approach", "Inspection of Peritoneal Cavity, Perc Endo Approach"],
  ]),
  table("0WQ", MS, "Anatomical Regions, General", REPAIR, "Anatomical Regions, General, Repair", [
    row(["Body Part", [["F", "Abdominal Wall"]]], ["Approach", OPEN_PERC_ENDO], NONE_DEVICE, NO_QUALIFIER),
  ], [["0WQF0ZZ", "Repair Abdominal Wall, Open Approach"]]),
  table("0WU", MS, "Anatomical Regions, General", SUPPLEMENT, "Anatomical Regions, General, Supplement", [
    row(
      ["Body Part", [["F", "Abdominal Wall"]]],
      ["Approach", [["0", "Open"], ["4", "Percutaneous Endoscopic"]]],
      ["Device", [["7", "Autologous Tissue Substitute"], ["J", "Synthetic Substitute"], ["K", "Nonautologous Tissue Substitute"]]],
      NO_QUALIFIER,
    ),
  ], [
    ["0WUF0JZ", "Supplement Abdominal Wall with Synthetic Substitute, Open Approach", "Supplement Abdominal Wall with Synth Sub, Open Approach"],
  ]),
  table("0XM", MS, "Anatomical Regions, Upper Extremities", {
    title: "Operation",
    text: "Reattachment",
    definition: "Putting back in or on all or a portion of a separated body part to its normal location or other suitable location",
  }, "Anatomical Regions, Upper Extremities, Reattachment", [
    row(["Body Part", [["J", "Hand, Right"]]], ["Approach", [["0", "Open"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [["0XMJ0ZZ", "Reattachment of Right Hand, Open Approach"]]),
  table("0Y6", MS, "Anatomical Regions, Lower Extremities", { title: "Operation", text: "Detachment", definition: "Cutting off all or a portion of the upper or lower extremities" }, "Anatomical Regions, Lower Extremities, Detachment", [
    row(
      ["Body Part", [["H", "Lower Leg, Right"], ["J", "Lower Leg, Left"]]],
      ["Approach", [["0", "Open"]]],
      NONE_DEVICE,
      ["Qualifier", [["1", "High"], ["2", "Mid"], ["3", "Low"]]],
    ),
  ], [
    ["0Y6H0Z2", "Detachment at Right Lower Leg, Mid, Open Approach"],
    ["0Y6J0Z1", "Detachment at Left Lower Leg, High, Open Approach"],
    ["0Y6J0Z2", "Detachment at Left Lower Leg, Mid, Open Approach"],
    ["0Y6J0Z3", "Detachment at Left Lower Leg, Low, Open Approach"],
  ]),
  table("0YQ", MS, "Anatomical Regions, Lower Extremities", REPAIR, "Anatomical Regions, Lower Extremities, Repair", [
    row(
      ["Body Part", [["5", "Inguinal Region, Right"]]],
      ["Approach", [["0", "Open"], ["3", "Percutaneous"], ["4", "Percutaneous Endoscopic"], ["X", "External"]]],
      NONE_DEVICE,
      NO_QUALIFIER,
    ),
  ], [["0YQ50ZZ", "Repair Right Inguinal Region, Open Approach"]]),
  table("0YU", MS, "Anatomical Regions, Lower Extremities", SUPPLEMENT, "Anatomical Regions, Lower Extremities, Supplement", [
    row(
      ["Body Part", [["5", "Inguinal Region, Right"], ["6", "Inguinal Region, Left"]]],
      ["Approach", [["0", "Open"], ["4", "Percutaneous Endoscopic"]]],
      ["Device", [["7", "Autologous Tissue Substitute"], ["J", "Synthetic Substitute"], ["K", "Nonautologous Tissue Substitute"]]],
      NO_QUALIFIER,
    ),
  ], [
    ["0YU50JZ", "Supplement Right Inguinal Region with Synthetic Substitute, Open Approach", "Supplement R Inguinal Region with Synth Sub, Open Approach"],
    ["0YU54JZ", "Supplement Right Inguinal Region with Synthetic Substitute, Percutaneous Endoscopic Approach", "Supplement R Inguinal Region w Synth Sub, Perc Endo"],
    ["0YU64JZ", "Supplement Left Inguinal Region with Synthetic Substitute, Percutaneous Endoscopic Approach", "Supplement L Inguinal Region w Synth Sub, Perc Endo"],
  ]),
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
  ], [
    ["10903ZU", "Drainage of Amniotic Fluid, Diagnostic from Products of Conception, Percutaneous Approach", "Drainage of Amniotic Fl, Diagn from POC, Perc Approach"],
  ]),
  table("10A", "Obstetrics", "Pregnancy", { title: "Operation", text: "Abortion", definition: "Artificially terminating a pregnancy" }, "Obstetrics, Pregnancy, Abortion", [
    row(
      ["Body Part", [["0", "Products of Conception"]]],
      ["Approach", [["7", "Via Natural or Artificial Opening"]]],
      NONE_DEVICE,
      ["Qualifier", [["6", "Vacuum"], ["W", "Laminaria"], ["X", "Abortifacient"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["10A07ZZ", "Abortion of Products of Conception, Via Natural or Artificial Opening", "Abortion of Products of Conception, Via Opening"],
  ]),
  table("10D", "Obstetrics", "Pregnancy", EXTRACTION, "Obstetrics, Pregnancy, Extraction", [
    row(["Body Part", [["0", "Products of Conception"]]], ["Approach", [["0", "Open"]]], NONE_DEVICE, ["Qualifier", [["0", "High"], ["1", "Low"], ["2", "Extraperitoneal"]]]),
    row(
      ["Body Part", [["0", "Products of Conception"]]],
      ["Approach", [["7", "Via Natural or Artificial Opening"]]],
      NONE_DEVICE,
      ["Qualifier", [["3", "Low Forceps"], ["4", "Mid Forceps"], ["5", "High Forceps"], ["6", "Vacuum"], ["7", "Internal Version"], ["8", "Other"]]],
    ),
    row(
      ["Body Part", [["1", "Products of Conception, Retained"]]],
      ["Approach", [["7", "Via Natural or Artificial Opening"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      NONE_DEVICE,
      ["Qualifier", [["9", "Manual"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["10D00Z0", "Extraction of Products of Conception, High, Open Approach"],
    ["10D00Z1", "Extraction of Products of Conception, Low, Open Approach"],
    ["10D00Z2", "Extraction of Products of Conception, Extraperitoneal, Open Approach", "Extraction of POC, Extraperitoneal, Open Approach"],
    ["10D07Z3", "Extraction of Products of Conception, Low Forceps, Via Natural or Artificial Opening", "Extraction of POC, Low Forceps, Via Opening"],
    ["10D07Z6", "Extraction of Products of Conception, Vacuum, Via Natural or Artificial Opening", "Extraction of Products of Conception, Vacuum, Via Opening"],
    ["10D07Z8", "Extraction of Products of Conception, Other, Via Natural or Artificial Opening", "Extraction of Products of Conception, Other, Via Opening"],
    ["10D17ZZ", "Extraction of Products of Conception, Retained, Via Natural or Artificial Opening", "Extraction of Products of Conception, Retained, Via Opening"],
  ]),
  table("10E", "Obstetrics", "Pregnancy", {
    title: "Operation",
    text: "Delivery",
    definition: "Assisting the passage of the products of conception from the genital canal",
  }, "Obstetrics, Pregnancy, Delivery", [
    row(["Body Part", [["0", "Products of Conception"]]], ["Approach", [["X", "External"]]], NONE_DEVICE, NO_QUALIFIER),
  ], [["10E0XZZ", "Delivery of Products of Conception, External Approach"]]),
  table("2W3", "Placement", "Anatomical Regions", { title: "Operation", text: "Immobilization", definition: "Limiting or preventing motion of a body region" }, "Placement, Anatomical Regions, Immobilization", [
    row(
      ["Body Region", [["C", "Lower Arm, Right"]]],
      ["Approach", [["X", "External"]]],
      ["Device", [["1", "Splint"], ["2", "Cast"], ["3", "Brace"], ["Y", "Other Device"]]],
      NO_QUALIFIER,
    ),
  ], [["2W3CX1Z", "Immobilization of Right Lower Arm using Splint"]]),
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
    row(
      ["Body System / Region", [["4", "Central Vein"]]],
      ["Approach", [["3", "Percutaneous"]]],
      ["Substance", [["G", "Bone Marrow"], ["X", "Stem Cells, Cord Blood"], ["Y", "Stem Cells, Hematopoietic"]]],
      ["Qualifier", [["0", "Autologous"], ["2", "Allogeneic, Related"], ["3", "Allogeneic, Unrelated"], ["4", "Allogeneic, Unspecified"]]],
    ),
  ], [
    ["30233N1", "Transfusion of Nonautologous Red Blood Cells into Peripheral Vein, Percutaneous Approach", "Transfuse Nonaut Red Blood Cells in Periph Vein, Perc"],
    ["30243Y0", "Transfusion of Autologous Hematopoietic Stem Cells into Central Vein, Percutaneous Approach", "Transfuse Autol Hemat Stem Cell in Central Vein, Perc"],
  ]),
  table("3E0", "Administration", "Physiological Systems and Anatomical Regions", INTRODUCTION, ["Administration, Physiological Systems and Anatomical Regions, Introduction", "Administration, Phys Sys & Anat Regions, Introduce"], [
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
    row(
      ["Body System / Region", [["R", "Spinal Canal"]]],
      ["Approach", [["3", "Percutaneous"]]],
      ["Substance", [["G", "Other Therapeutic Substance"]]],
      ["Qualifier", [["C", "Other Substance"]]],
    ),
    row(
      ["Body System / Region", [["S", "Epidural Space"]]],
      ["Approach", [["3", "Percutaneous"]]],
      ["Substance", [
        ["3", "Anti-inflammatory"],
        ["6", "Nutritional Substance"],
        ["7", "Electrolytic and Water Balance Substance"],
        ["B", "Anesthetic Agent"],
        ["H", "Radioactive Substance"],
        ["K", "Other Diagnostic Substance"],
        ["N", "Analgesics, Hypnotics, Sedatives"],
        ["T", "Destructive Agent"],
      ]],
      NO_QUALIFIER,
    ),
  ], [
    ["3E0234Z", "Introduction of Serum, Toxoid and Vaccine into Muscle, Percutaneous Approach", "Introduction of Serum/Tox/Vaccine into Muscle, Perc Approach"],
    ["3E033GC", "Introduction of Other Therapeutic Substance into Peripheral Vein, Percutaneous Approach", "Introduce Oth Therap Subst in Periph Vein, Perc"],
    ["3E0R3GC", "Introduction of Other Therapeutic Substance into Spinal Canal, Percutaneous Approach", "Introduce Oth Therap Subst in Spinal Canal, Perc"],
    ["3E0S33Z", "Introduction of Anti-inflammatory into Epidural Space, Percutaneous Approach", "Introduce of Anti-inflam into Epidural Space, Perc Approach"],
  ]),
  table("4A0", "Measurement and Monitoring", "Physiological Systems", {
    title: "Operation",
    text: "Measurement",
    definition: "Determining the level of a physiological or physical function at a point in time",
  }, ["Measurement and Monitoring, Physiological Systems, Measurement", "Msrmt & Monitor, Physiological Sys, Measure"], [
    row(
      ["Body System", [["2", "Cardiac"]]],
      ["Approach", [["0", "Open"], ["3", "Percutaneous"], ["7", "Via Natural or Artificial Opening"], ["8", "Via Natural or Artificial Opening Endoscopic"]]],
      ["Function / Device", [["N", "Sampling and Pressure"]]],
      ["Qualifier", [["6", "Right Heart"], ["7", "Left Heart"], ["8", "Bilateral"]]],
    ),
    row(
      ["Body System", [["2", "Cardiac"]]],
      ["Approach", [["X", "External"]]],
      ["Function / Device", [["4", "Electrical Activity"]]],
      ["Qualifier", [["A", "Guidance"], ["Z", "No Qualifier"]]],
    ),
  ], [
    ["4A023N7", "Measurement of Cardiac Sampling and Pressure, Left Heart, Percutaneous Approach", "Measure of Cardiac Sampl & Pressure, L Heart, Perc Approach"],
    ["4A02X4Z", "Measurement of Cardiac Electrical Activity, External Approach", "Measurement of Cardiac Electrical Activity, Extern Approach"],
  ]),
  table("5A0", "Extracorporeal or Systemic Assistance and Performance", "Physiological Systems", {
    title: "Operation",
    text: "Assistance",
    definition: "Taking over a portion of a physiological function by extracorporeal means",
  }, ["Extracorporeal or Systemic Assistance and Performance, Physiological Systems, Assistance", "Extracrp/Syst Assist & Perform, Physiological Sys, Assist"], [
    row(
      ["Body System", [["9", "Respiratory"]]],
      ["Duration", [["3", "Less than 24 Consecutive Hours"], ["4", "24-96 Consecutive Hours"], ["5", "Greater than 96 Consecutive Hours"]]],
      ["Function", [["5", "Ventilation"]]],
      ["Qualifier", [
        ["7", "Continuous Positive Airway Pressure"],
        ["8", "Intermittent Positive Airway Pressure"],
        ["9", "Continuous Negative Airway Pressure"],
        ["A", "High Flow/Velocity Cannula"],
        ["B", "Intermittent Negative Airway Pressure"],
        ["Z", "No Qualifier"],
      ]],
    ),
  ], [
    ["5A09358", "Assistance with Respiratory Ventilation, Less than 24 Consecutive Hours, Intermittent Positive Airway Pressure", "Assistance with Resp Ventilation, <24 Hrs, Intermit Pos Air"],
    ["5A09458", "Assistance with Respiratory Ventilation, 24-96 Consecutive Hours, Intermittent Positive Airway Pressure", "Assist with Resp Ventilation, 24-96 Hrs, Intermit Pos Air"],
    ["5A0945A", "Assistance with Respiratory Ventilation, 24-96 Consecutive Hours, High Flow/Velocity Cannula", "Assist with Resp Ventilation, 24-96 Hrs, Hi Flw/Velo Canla"],
  ]),
  table("5A1", "Extracorporeal or Systemic Assistance and Performance", "Physiological Systems", {
    title: "Operation",
    text: "Performance",
    definition: "Completely taking over a physiological function by extracorporeal means",
  }, ["Extracorporeal or Systemic Assistance and Performance, Physiological Systems, Performance", "Extracrp/Syst Assist & Perform, Physiological Sys, Perform"], [
    row(
      ["Body System", [["9", "Respiratory"]]],
      ["Duration", [["3", "Less than 24 Consecutive Hours"], ["4", "24-96 Consecutive Hours"], ["5", "Greater than 96 Consecutive Hours"]]],
      ["Function", [["5", "Ventilation"]]],
      NO_QUALIFIER,
    ),
    row(
      ["Body System", [["D", "Urinary"]]],
      ["Duration", [
        ["7", "Intermittent, Less than 6 Hours Per Day"],
        ["8", "Prolonged Intermittent, 6-18 hours Per Day"],
        ["9", "Continuous, Greater than 18 hours Per Day"],
      ]],
      ["Function", [["0", "Filtration"]]],
      NO_QUALIFIER,
    ),
    row(["Body System", [["2", "Cardiac"]]], ["Duration", [["0", "Single"]]], ["Function", [["1", "Output"]]], ["Qualifier", [["2", "Manual"]]]),
    row(["Body System", [["2", "Cardiac"]]], ["Duration", [["1", "Intermittent"]]], ["Function", [["3", "Pacing"]]], NO_QUALIFIER),
    row(["Body System", [["2", "Cardiac"]]], ["Duration", [["2", "Continuous"]]], ["Function", [["1", "Output"]]], ["Qualifier", [["J", "Automated"], ["Z", "No Qualifier"]]]),
    row(
      ["Body System", [["5", "Circulatory"]]],
      ["Duration", [["2", "Continuous"], ["A", "Intraoperative"]]],
      ["Function", [["2", "Oxygenation"]]],
      ["Qualifier", [["F", "Membrane, Central"], ["G", "Membrane, Peripheral Veno-arterial"], ["H", "Membrane, Peripheral Veno-venous"]]],
    ),
  ], [
    ["5A12012", "Performance of Cardiac Output, Single, Manual"],
    ["5A1213Z", "Performance of Cardiac Pacing, Intermittent"],
    ["5A1221Z", "Performance of Cardiac Output, Continuous"],
    ["5A1522F", "Extracorporeal Oxygenation, Membrane, Central"],
    ["5A1522G", "Extracorporeal Oxygenation, Membrane, Peripheral Veno-arterial", "Extracorporeal Oxygenation, Perph VA ECMO"],
    ["5A1522H", "Extracorporeal Oxygenation, Membrane, Peripheral Veno-venous"],
    ["5A1935Z", "Respiratory Ventilation, Less than 24 Consecutive Hours"],
    ["5A1945Z", "Respiratory Ventilation, 24-96 Consecutive Hours"],
    ["5A1955Z", "Respiratory Ventilation, Greater than 96 Consecutive Hours"],
    ["5A1D70Z", "Performance of Urinary Filtration, Intermittent, Less than 6 Hours Per Day", "Performance of Urinary Filtration, <6 hrs/day"],
  ]),
  table("5A2", "Extracorporeal or Systemic Assistance and Performance", "Physiological Systems", {
    title: "Operation",
    text: "Restoration",
    definition: "Returning, or attempting to return, a physiological function to its original state by extracorporeal means.",
  }, ["Extracorporeal or Systemic Assistance and Performance, Physiological Systems, Restoration", "Extracrp/Syst Assist & Perform, Physiological Sys, Restore"], [
    row(["Body System", [["2", "Cardiac"]]], ["Duration", [["0", "Single"]]], ["Function", [["4", "Rhythm"]]], NO_QUALIFIER),
  ], [["5A2204Z", "Restoration of Cardiac Rhythm, Single"]]),
  table("6A6", "Extracorporeal or Systemic Therapies", "Physiological Systems", { title: "Operation", text: "Phototherapy", definition: "Extracorporeal treatment by light rays" }, ["Extracorporeal or Systemic Therapies, Physiological Systems, Phototherapy", "Extracrp/Syst Therapies, Phys Sys, Phototherapy"], [
    row(["Body System", [["0", "Skin"]]], ["Duration", [["0", "Single"], ["1", "Multiple"]]], ["Qualifier", [["Z", "No Qualifier"]]], NO_QUALIFIER),
  ], [["6A600ZZ", "Phototherapy of Skin, Single"]]),
  table("7W0", "Osteopathic", "Anatomical Regions", {
    title: "Operation",
    text: "Treatment",
    definition: "Manual treatment to eliminate or alleviate somatic dysfunction and related disorders",
  }, "Osteopathic, Anatomical Regions, Treatment", [
    row(
      ["Body Region", [["0", "Head"]]],
      ["Approach", [["X", "External"]]],
      ["Method", [
        ["0", "Articulatory-Raising"],
        ["1", "Fascial Release"],
        ["2", "General Mobilization"],
        ["3", "High Velocity-Low Amplitude"],
        ["4", "Indirect"],
        ["5", "Low Velocity-High Amplitude"],
        ["6", "Lymphatic Pump"],
        ["7", "Muscle Energy-Isometric"],
        ["8", "Muscle Energy-Isotonic"],
        ["9", "Other Method"],
      ]],
      IMAGING_NONE,
    ),
  ], [
    ["7W00X0Z", "Osteopathic Treatment of Head using Articulatory-Raising Forces", "Osteopathic Treatment of Head w Articulatory Raising"],
  ]),
  table("8E0", "Other Procedures", "Physiological Systems and Anatomical Regions", {
    title: "Operation",
    text: "Other Procedures",
    definition: "Methodologies which attempt to remediate or cure a disorder or disease",
  }, ["Other Procedures, Physiological Systems and Anatomical Regions, Other Procedures", "Oth proc, Phys Sys & Anat Regions, Other Procedures"], [
    row(["Body Region", [["W", "Trunk Region"]]], ["Approach", ALL_FIVE], ["Method", [["C", "Robotic Assisted Procedure"]]], NO_QUALIFIER),
  ], [
    ["8E0W4CZ", "Robotic Assisted Procedure of Trunk Region, Percutaneous Endoscopic Approach", "Robotic Assisted Procedure of Trunk, Perc Endo Approach"],
  ]),
  table("9WB", "Chiropractic", "Anatomical Regions", {
    title: "Operation",
    text: "Manipulation",
    definition: "Manual procedure that involves a directed thrust to move a joint past the physiological range of motion, without exceeding the anatomical limit",
  }, "Chiropractic, Anatomical Regions, Manipulation", [
    row(
      ["Body Region", [["0", "Head"]]],
      ["Approach", [["X", "External"]]],
      ["Method", [
        ["B", "Non-Manual"],
        ["C", "Indirect Visceral"],
        ["D", "Extra-Articular"],
        ["F", "Direct Visceral"],
        ["G", "Long Lever Specific Contact"],
        ["H", "Short Lever Specific Contact"],
        ["J", "Long and Short Lever Specific Contact"],
        ["K", "Mechanically Assisted"],
        ["L", "Other Method"],
      ]],
      IMAGING_NONE,
    ),
  ], [["9WB0XBZ", "Chiropractic Manipulation of Head, Non-Manual"]]),
  table("B03", "Imaging", "Central Nervous System", {
    title: "Type",
    text: "Magnetic Resonance Imaging (MRI)",
    definition: "Computer reformatted digital display of multiplanar images developed from the capture of radiofrequency signals emitted by nuclei in a body site excited within a magnetic field",
  }, ["Imaging, Central Nervous System, Magnetic Resonance Imaging (MRI)", "Imaging, Central Nervous Sys, MRI"], [
    row(["Body Part", [["0", "Brain"]]], ["Contrast", [["Z", "None"]]], ["Qualifier", [["Z", "None"]]], IMAGING_NONE),
  ], [["B030ZZZ", "Magnetic Resonance Imaging (MRI) of Brain"]]),
  table("B21", "Imaging", "Heart", {
    title: "Type",
    text: "Fluoroscopy",
    definition: "Single plane or bi-plane real time display of an image developed from the capture of external ionizing radiation on a fluorescent screen. The image may also be stored by either digital or analog means",
  }, "Imaging, Heart, Fluoroscopy", [
    row(
      ["Body Part", [["1", "Coronary Arteries, Multiple"]]],
      ["Contrast", [["0", "High Osmolar"], ["1", "Low Osmolar"], ["Y", "Other Contrast"]]],
      ["Qualifier", [["Z", "None"]]],
      IMAGING_NONE,
    ),
    row(["Body Part", [["5", "Heart, Left"]]], ["Contrast", [["0", "High Osmolar"], ["1", "Low Osmolar"], ["Y", "Other Contrast"]]], ["Qualifier", [["Z", "None"]]], IMAGING_NONE),
  ], [
    ["B2111ZZ", "Fluoroscopy of Multiple Coronary Arteries using Low Osmolar Contrast", "Fluoroscopy of Mult Cor Art using L Osm Contrast"],
    ["B2151ZZ", "Fluoroscopy of Left Heart using Low Osmolar Contrast"],
  ]),
  table("BF1", "Imaging", "Hepatobiliary System and Pancreas", {
    title: "Type",
    text: "Fluoroscopy",
    definition: "Single plane or bi-plane real time display of an image developed from the capture of external ionizing radiation on a fluorescent screen. The image may also be stored by either digital or analog means",
  }, "Imaging, Hepatobiliary System and Pancreas, Fluoroscopy", [
    row(["Body Part", [["0", "Bile Ducts"]]], ["Contrast", [["0", "High Osmolar"], ["1", "Low Osmolar"], ["Y", "Other Contrast"]]], ["Qualifier", [["Z", "None"]]], IMAGING_NONE),
  ], [["BF101ZZ", "Fluoroscopy of Bile Ducts using Low Osmolar Contrast"]]),
  table("BW0", "Imaging", "Anatomical Regions", {
    title: "Type",
    text: "Plain Radiography",
    definition: "Planar display of an image developed from the capture of external ionizing radiation on photographic or photoconductive plate",
  }, "Imaging, Anatomical Regions, Plain Radiography", [
    row(["Body Part", [["3", "Chest"]]], ["Contrast", [["Z", "None"]]], ["Qualifier", [["Z", "None"]]], IMAGING_NONE),
  ], [["BW03ZZZ", "Plain Radiography of Chest"]]),
  table("BW2", "Imaging", "Anatomical Regions", {
    title: "Type",
    text: "Computerized Tomography (CT Scan)",
    definition: "Computer reformatted digital display of multiplanar images developed from the capture of multiple exposures of external ionizing radiation",
  }, ["Imaging, Anatomical Regions, Computerized Tomography (CT Scan)", "Imaging, Anatomical Regions, CT Scan"], [
    row(["Body Part", [["4", "Chest and Abdomen"]]], ["Contrast", [["Z", "None"]]], ["Qualifier", [["Z", "None"]]], IMAGING_NONE),
    row(
      ["Body Part", [["1", "Abdomen and Pelvis"]]],
      ["Contrast", [["0", "High Osmolar"], ["1", "Low Osmolar"], ["Y", "Other Contrast"]]],
      ["Qualifier", [["0", "Unenhanced and Enhanced"], ["Z", "None"]]],
      IMAGING_NONE,
    ),
  ], [
    ["BW211ZZ", "Computerized Tomography (CT Scan) of Abdomen and Pelvis using Low Osmolar Contrast", "CT Scan of Abd & Pelvis using L Osm Contrast"],
    ["BW24ZZZ", "Computerized Tomography (CT Scan) of Chest and Abdomen"],
  ]),
  table("C21", "Nuclear Medicine", "Heart", {
    title: "Type",
    text: "Planar Nuclear Medicine Imaging",
    definition: "Introduction of radioactive materials into the body for single plane display of images developed from the capture of radioactive emissions",
  }, "Nuclear Medicine, Heart, Planar Nuclear Medicine Imaging", [
    row(
      ["Body Part", [["6", "Heart, Right and Left"]]],
      ["Radionuclide", [["1", "Technetium 99m (Tc-99m)"], ["Y", "Other Radionuclide"]]],
      ["Qualifier", [["Z", "None"]]],
      IMAGING_NONE,
    ),
  ], [
    ["C2161ZZ", "Planar Nuclear Medicine Imaging of Right and Left Heart using Technetium 99m (Tc-99m)", "Planar Nucl Med Imag of R & L Heart using Technetium 99m"],
  ]),
  table("DB0", "Radiation Therapy", "Respiratory System", { title: "Modality", text: "Beam Radiation" }, "Radiation Therapy, Respiratory System, Beam Radiation", [
    row(
      ["Treatment Site", [["2", "Lung"]]],
      ["Modality Qualifier", [
        ["0", "Photons <1 MeV"],
        ["1", "Photons 1 - 10 MeV"],
        ["2", "Photons >10 MeV"],
        ["4", "Heavy Particles (Protons,Ions)"],
        ["5", "Neutrons"],
        ["6", "Neutron Capture"],
      ]],
      ["Isotope", [["Z", "None"]]],
      IMAGING_NONE,
    ),
  ], [["DB021ZZ", "Beam Radiation of Lung using Photons 1 - 10 MeV"]]),
  table("F07", "Physical Rehabilitation and Diagnostic Audiology", ["Section Qualifier", "Rehabilitation"], {
    title: "Type",
    text: "Motor Treatment",
    definition: "Exercise or activities to increase or facilitate motor function",
  }, ["Physical Rehabilitation and Diagnostic Audiology, Rehabilitation, Motor Treatment", "Phys Rehab & Diag Audiology, Rehab, Motor Trmt"], [
    row(
      ["Body System / Region", [["L", "Musculoskeletal System - Lower Back / Lower Extremity"]]],
      ["Type Qualifier", [["0", "Range of Motion and Joint Mobility"], ["1", "Muscle Performance"], ["2", "Coordination/Dexterity"], ["3", "Motor Function"]]],
      ["Equipment", [["E", "Orthosis"], ["F", "Assistive, Adaptive, Supportive or Protective"], ["U", "Prosthesis"], ["Y", "Other Equipment"], ["Z", "None"]]],
      IMAGING_NONE,
    ),
  ], [
    ["F07L0ZZ", "Range of Motion and Joint Mobility Treatment of Musculoskeletal System - Lower Back / Lower Extremity", "ROM & Jt Mobility Treatment of Musculosk Low Back/LE"],
  ]),
  table("GZ3", "Mental Health", "None", {
    title: "Type",
    text: "Medication Management",
    definition: "Monitoring and adjusting the use of medications for the treatment of a mental health disorder",
  }, "Mental Health, Medication Management", [
    row(["Qualifier", [["Z", "None"]]], ["Qualifier", [["Z", "None"]]], ["Qualifier", [["Z", "None"]]], IMAGING_NONE),
  ], [["GZ3ZZZZ", "Medication Management"]]),
  table("HZ2", "Substance Abuse Treatment", "None", { title: "Type", text: "Detoxification Services", definition: "Detoxification from alcohol and/or drugs" }, "Substance Abuse Treatment, Detoxification Services", [
    row(["Qualifier", [["Z", "None"]]], ["Qualifier", [["Z", "None"]]], ["Qualifier", [["Z", "None"]]], IMAGING_NONE),
  ], [["HZ2ZZZZ", "Detoxification Services for Substance Abuse Treatment"]]),
  table("XW0", "New Technology", "Anatomical Regions", INTRODUCTION, "New Technology, Anatomical Regions, Introduction", [
    row(
      ["Body Part", [["3", "Peripheral Vein"]]],
      ["Approach", [["3", "Percutaneous"]]],
      ["Device / Substance / Technology", [["E", "Remdesivir Anti-infective"]]],
      ["Qualifier", [["5", "New Technology Group 5"]]],
    ),
  ], [
    ["XW033E5", "Introduction of Remdesivir Anti-infective into Peripheral Vein, Percutaneous Approach, New Technology Group 5", "Introduce Remdesivir in Periph Vein, Perc, New Tech 5"],
  ]),
];
