import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { generateRolePasswords, type PerDomain } from '@collexis/stack';
import { z } from 'zod';

const rolePasswords = z.object({
  'bank-sync': z.string().min(1),
  payment: z.string().min(1),
  workflow: z.string().min(1),
});

/**
 * The embedded stack's passwords of the domain roles: generated on first start into `path` (readable by its
 * owner only), then read from it, so the roles keep them across restarts.
 */
export async function ensureRolePasswords(path: string): Promise<PerDomain<string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
    const generated = generateRolePasswords();
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(generated, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return generated;
  }
  const parsed = rolePasswords.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`${path} is not a password per domain role; delete it to generate new ones`);
  }
  return parsed.data;
}
