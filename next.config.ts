import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The worker, CLI and scripts import lib/ with tsx; Next bundles the same files for the web.
  typedRoutes: false,
};

export default nextConfig;
