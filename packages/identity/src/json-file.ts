import { randomUUID } from 'node:crypto';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';

/** The file's JSON, or undefined when there is no file. */
export async function readJsonFile(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if (isMissingFile(error)) return undefined;
    throw error;
  }
}

/** Writes `value` unless the file already holds it; readers never see a half-written file. */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const current = await readFile(path, 'utf8').catch((error: unknown) => {
    if (isMissingFile(error)) return undefined;
    throw error;
  });
  if (current === text) return;
  const temporary = temporaryPath(path);
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/**
 * Creates the file with `value` only if it does not exist yet, and says whether it did. Two processes racing
 * (`pnpm start` and `pnpm run token`) cannot both win: link() fails on an existing name, and the file appears
 * complete.
 */
export async function createJsonFile(path: string, value: unknown, mode: number): Promise<boolean> {
  const temporary = temporaryPath(path);
  await writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`, { mode });
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}

const temporaryPath = (path: string) => `${path}.${randomUUID()}.tmp`;

const isMissingFile = (error: unknown) =>
  error instanceof Error && 'code' in error && error.code === 'ENOENT';
