import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships ESM and CJS builds; Apollo's packages load the CJS one. Vite would pick the ESM build for our
    // own imports, and graphql refuses objects from "another realm", so everything must share the CJS build,
    // as it does under plain Node.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['**/*.test.ts', '**/*.e2e.ts'],
    exclude: ['**/node_modules/**', '.data/**'],
    globalSetup: ['packages/platform/src/testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
