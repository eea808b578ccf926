import type { Role } from "../db/schema";

export interface NavItem {
  href: string;
  label: string;
}

/** Each area of the site and the roles allowed in it. The server enforces this; the header only mirrors it. */
export const AREAS = {
  learn: { href: "/learn", label: "Learn", roles: ["student", "instructor", "employer", "admin"] },
  exams: { href: "/exams", label: "Exams", roles: ["student", "instructor", "admin"] },
  classes: { href: "/classes", label: "Classes", roles: ["instructor", "admin"] },
  questionBank: { href: "/question-bank", label: "Question bank", roles: ["instructor", "admin"] },
  assessments: { href: "/assessments", label: "Assessments", roles: ["employer", "admin"] },
  codeSets: { href: "/admin/code-sets", label: "Code sets", roles: ["admin"] },
  users: { href: "/admin/users", label: "Users", roles: ["admin"] },
} as const satisfies Record<string, NavItem & { roles: readonly Role[] }>;

export type Area = keyof typeof AREAS;

export function canAccess(role: Role, area: Area): boolean {
  return (AREAS[area].roles as readonly Role[]).includes(role);
}

export function navFor(role: Role): NavItem[] {
  return (Object.keys(AREAS) as Area[]).filter((a) => canAccess(role, a)).map((a) => ({ href: AREAS[a].href, label: AREAS[a].label }));
}

/** The area a path belongs to, for the coarse check in proxy.ts. */
export function areaOfPath(pathname: string): Area | undefined {
  for (const area of Object.keys(AREAS) as Area[]) {
    const href: string = AREAS[area].href;
    if (pathname === href || pathname.startsWith(`${href}/`)) return area;
  }
  return undefined;
}

export const ROLE_LABELS: Record<Role, string> = {
  student: "Student",
  instructor: "Instructor",
  employer: "Employer",
  admin: "Administrator",
};

export function homeFor(role: Role): string {
  switch (role) {
    case "instructor":
      return "/classes";
    case "employer":
      return "/assessments";
    case "admin":
      return "/admin/users";
    default:
      return "/learn";
  }
}
