import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, type PageName, pageNames, type WorkerName } from './build';

/** The built assets: the folder they are in and the file name of each page's script and stylesheet. */
export interface WebAssets {
  dir: string;
  pages: Record<PageName, { script: string; stylesheet: string | null }>;
  workers: Record<WorkerName, string>;
}

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = join(packageDir, '.build');
const lockfile = join(packageDir, '../../pnpm-lock.yaml');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** What the bundle is made of: the browser sources, the build itself and the locked dependency versions. */
async function sourceKey(): Promise<string> {
  const hash = createHash('sha256');
  const inputs = [
    ...(await filesUnder(join(packageDir, 'src'))),
    join(packageDir, 'package.json'),
    ...(existsSync(lockfile) ? [lockfile] : []),
  ];
  for (const file of inputs)
    hash
      .update(relative(packageDir, file))
      .update('\0')
      .update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

function manifestOf(dir: string, outputs: Awaited<ReturnType<typeof bundle>>): WebAssets {
  const byEntry = new Map<string, { script: string; stylesheet: string | null }>();
  for (const [path, output] of Object.entries(outputs)) {
    if (!output.entryPoint || !path.endsWith('.js')) continue;
    const name = basename(path).replace(/-[A-Z0-9]+\.js$/, '');
    byEntry.set(name, {
      script: basename(path),
      stylesheet: output.cssBundle ? basename(output.cssBundle) : null,
    });
  }
  const entry = (name: string) => {
    const found = byEntry.get(name);
    if (!found) throw new Error(`the web build made no ${name} script`);
    return found;
  };
  return {
    dir,
    pages: { ide: entry('ide'), board: entry('board') },
    workers: {
      'editor.worker': entry('editor.worker').script,
      'json.worker': entry('json.worker').script,
      'graphql.worker': entry('graphql.worker').script,
    },
  };
}

async function readManifest(dir: string): Promise<WebAssets | null> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Omit<WebAssets, 'dir'>;
    return pageNames.every((page) => manifest.pages[page]) ? { ...manifest, dir } : null;
  } catch {
    return null;
  }
}

/**
 * Builds the pages into a folder named by their sources' hash, or reuses it when it is there: an edit or a
 * dependency update rebuilds, anything else costs a hash of the sources. Concurrent builders (parallel test
 * files) each build into a folder of their own and the first rename wins.
 */
async function buildOrReuse(): Promise<WebAssets> {
  const key = await sourceKey();
  const dir = join(cacheDir, key);
  const cached = await readManifest(dir);
  if (cached) return cached;
  const building = join(cacheDir, `tmp-${key}-${process.pid}-${Date.now()}`);
  await mkdir(building, { recursive: true });
  const { dir: _dir, ...manifest } = manifestOf(building, await bundle(building));
  await writeFile(join(building, 'manifest.json'), JSON.stringify(manifest));
  try {
    await rename(building, dir);
  } catch {
    await rm(building, { recursive: true, force: true });
  }
  const built = await readManifest(dir);
  if (!built) throw new Error(`the web build in ${dir} has no usable manifest`);
  for (const stale of await readdir(cacheDir)) {
    if (stale !== key && !stale.startsWith('tmp-'))
      await rm(join(cacheDir, stale), { recursive: true, force: true });
  }
  return built;
}

let assets: Promise<WebAssets> | null = null;

/** The built pages, built once per process (and once per source version on this disk). */
export function webAssets(): Promise<WebAssets> {
  assets ??= buildOrReuse().catch((error: unknown) => {
    assets = null;
    throw error;
  });
  return assets;
}
