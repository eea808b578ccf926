import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native/wasm database drivers and the streaming importers stay outside the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "saxes", "fflate"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: { authInterrupts: true },
  outputFileTracingExcludes: { "*": [".data/**"] },
};

export default nextConfig;
