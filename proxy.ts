import { NextResponse, type NextRequest } from "next/server";
import { areaOfPath } from "@/lib/auth/roles";

const SIGNED_IN_ONLY = ["/account"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Coarse gate: a visitor without a session cookie who opens an app page goes to sign-in.
 * It only reads the cookie (never refreshes it, so it cannot race a sign-out); every page
 * and handler verifies the session and the role itself (403 via forbidden()).
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const needsUser = areaOfPath(pathname) !== undefined || SIGNED_IN_ONLY.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!needsUser) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = new URL("/sign-in", request.nextUrl.origin);
  url.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|diagrams|.*\\.(?:svg|png|jpg|ico|css|js)$).*)"],
};
