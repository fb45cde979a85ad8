// @ts-check
import { tsImport } from 'tsx/esm/api';

// Validate the environment before anything else starts (lib/env.ts throws a sentence naming the
// variable that is wrong).
try {
  await tsImport('./lib/env.ts', import.meta.url);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder: bundled, the build
  // passes and the server crashes when the embedded database opens.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: true,
};

export default nextConfig;
