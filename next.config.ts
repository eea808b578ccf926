import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A separate build directory lets the browser tests build without touching a running site's .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native/wasm database drivers and the streaming importers stay outside the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "saxes", "fflate"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: { authInterrupts: true },
  outputFileTracingExcludes: { "*": [".data/**"] },
};

export default nextConfig;
