import { fileURLToPath } from 'node:url';
import { build, stop } from 'esbuild';
import { workerModules } from './browser/shared/page-assets';

export { type PageName, pageNames, type WorkerName } from './browser/shared/page-assets';

const browserSource = new URL('./browser/', import.meta.url);

/** Bundles every page and worker into `outDir` (content-hashed names); returns the esbuild metafile. */
export async function bundle(outDir: string) {
  const shared = {
    bundle: true,
    minify: true,
    sourcemap: false,
    target: 'es2022',
    outdir: outDir,
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    // graphql checks `process.env.NODE_ENV` to pick its development instanceof checks.
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.graphql': 'text', '.ttf': 'file', '.woff2': 'file', '.woff': 'file' },
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
    absWorkingDir: browserSource.pathname,
  } as const;
  const pages = await build({
    ...shared,
    entryPoints: { ide: 'ide/main.tsx', board: 'board/main.ts' },
    format: 'esm',
    splitting: false,
    jsx: 'automatic',
  });
  const workerBuild = await build({
    ...shared,
    entryPoints: Object.fromEntries(
      Object.entries(workerModules).map(([name, module]) => [
        name,
        fileURLToPath(import.meta.resolve(module)),
      ]),
    ),
    format: 'iife',
  });
  // esbuild's service process outlives the build and, after one this size, keeps hundreds of MB (its Go heap
  // given back lazily) beside a gateway that builds once per process.
  await stop();
  return { ...pages.metafile.outputs, ...workerBuild.metafile.outputs };
}
