import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "../db";
import { findUserById } from "../db/queries/users";
import type { Role, User } from "../db/schema";
import { AppError } from "../errors";
import { auth } from "./index";
import { canAccess, type Area } from "./roles";

export type CurrentUser = Pick<User, "id" | "email" | "name" | "role" | "createdAt">;

/** The signed-in user, read fresh from the database (a deleted account or changed role takes effect at once). */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await findUserById(await getDb(), id);
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, createdAt: user.createdAt };
}

/** For pages: the user, or a redirect to sign in. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}

/** For pages: the user if their role may use the area, else the 403 page. */
export async function requireArea(area: Area, returnTo?: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!canAccess(user.role, area)) forbidden();
  return user;
}

/** For route handlers and actions: throws AppError (401/403) instead of redirecting. */
export async function requireRoleOrThrow(roles: readonly Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in first.");
  if (!roles.includes(user.role)) throw new AppError("forbidden", "Your role does not allow this.");
  return user;
}
