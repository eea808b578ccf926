import { eq } from "drizzle-orm";
import { hashPassword } from "../auth/password";
import type { Db } from "../db/connection";
import { createUser, findUserByEmail } from "../db/queries/users";
import { memberships, organizations, type Role } from "../db/schema";

/** The demo accounts (documented in the README). Never created on a server unless asked for. */
export const DEMO_PASSWORD = "codecert-demo";
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "student@demo.codecert.dev", name: "Dana Student", role: "student" },
  { email: "instructor@demo.codecert.dev", name: "Ivan Instructor", role: "instructor" },
  { email: "employer@demo.codecert.dev", name: "Erin Employer", role: "employer" },
  { email: "admin@demo.codecert.dev", name: "Ada Admin", role: "admin" },
];
export const DEMO_SCHOOL = { name: "Riverside Coding Academy", slug: "riverside-coding-academy" };
export const DEMO_EMPLOYER = { name: "Northwind Health Billing", slug: "northwind-health-billing" };

async function ensureOrg(db: Db, org: { name: string; slug: string }, kind: "school" | "employer") {
  const [existing] = await db.select().from(organizations).where(eq(organizations.slug, org.slug)).limit(1);
  if (existing) return existing;
  const [created] = await db.insert(organizations).values({ ...org, kind }).returning();
  if (!created) throw new Error("could not create the demo organisation");
  return created;
}

/** Creates the demo accounts and organisations; running it twice changes nothing. Returns the emails created. */
export async function seedDemo(db: Db): Promise<string[]> {
  const created: string[] = [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    if (await findUserByEmail(db, account.email)) continue;
    await createUser(db, { ...account, passwordHash });
    created.push(account.email);
  }
  const school = await ensureOrg(db, DEMO_SCHOOL, "school");
  const employer = await ensureOrg(db, DEMO_EMPLOYER, "employer");
  const byEmail = async (email: string) => (await findUserByEmail(db, email))!;
  const links: { org: string; email: string; role: "owner" | "student" | "employer" | "instructor" }[] = [
    { org: school.id, email: "instructor@demo.codecert.dev", role: "owner" },
    { org: school.id, email: "student@demo.codecert.dev", role: "student" },
    { org: employer.id, email: "employer@demo.codecert.dev", role: "owner" },
  ];
  for (const link of links) {
    const user = await byEmail(link.email);
    await db
      .insert(memberships)
      .values({ organizationId: link.org, userId: user.id, role: link.role })
      .onConflictDoNothing();
  }
  return created;
}
