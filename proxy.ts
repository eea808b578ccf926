import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { areaOfPath } from "@/lib/auth/roles";

const { auth } = NextAuth(authConfig);

const SIGNED_IN_ONLY = ["/account"];

/** Coarse gate: signed-out visitors to app pages go to sign-in. Role checks happen in each page (403 via forbidden()). */
export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  const area = areaOfPath(pathname);
  const needsUser = area !== undefined || SIGNED_IN_ONLY.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!needsUser) return NextResponse.next();
  const user = request.auth?.user;
  if (!user) {
    const url = new URL("/sign-in", request.nextUrl.origin);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
});

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|diagrams|.*\\.(?:svg|png|jpg|ico|css|js)$).*)"],
};
