import { eq, sql } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Db } from "../connection";
import { memberships, organizations, users, type Role, type User } from "../schema";

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const rows = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
    .limit(1);
  return rows[0];
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
  return base || "organization";
}

export interface CreateUserInput {
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
  /** Creates an organisation the user owns (instructors: a school; employers: a company). */
  organization?: { name: string; kind: "school" | "employer" };
}

/** Creates a user (and their organisation) in one transaction; a taken email is a conflict. */
export async function createUser(db: Db, input: CreateUserInput): Promise<User> {
  const existing = await findUserByEmail(db, input.email);
  if (existing) throw new AppError("conflict", "An account with that email already exists. Sign in instead.");
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: input.email.trim().toLowerCase(), name: input.name, passwordHash: input.passwordHash, role: input.role })
        .returning();
      if (!user) throw new Error("insert returned no row");
      if (input.organization) {
        const slugBase = slugify(input.organization.name);
        const [org] = await tx
          .insert(organizations)
          .values({ name: input.organization.name, kind: input.organization.kind, slug: `${slugBase}-${user.id.slice(0, 8)}` })
          .returning();
        if (!org) throw new Error("insert returned no row");
        await tx.insert(memberships).values({ organizationId: org.id, userId: user.id, role: "owner" });
      }
      return user;
    });
  } catch (error) {
    // A concurrent sign-up with the same address loses the race on the unique index.
    if (/users_email_lower_idx|duplicate key/i.test(String((error as Error).message))) {
      throw new AppError("conflict", "An account with that email already exists. Sign in instead.");
    }
    throw error;
  }
}

export async function listUsers(db: Db, limit = 200): Promise<User[]> {
  return db.select().from(users).orderBy(users.createdAt).limit(limit);
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function organizationsOf(db: Db, userId: string) {
  return db
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(memberships.organizationId, organizations.id))
    .where(eq(memberships.userId, userId));
}
