/**
 * Before a target is loaded, it answers the reference samples and its `data` is compared with our gateway's:
 * a fast wrong answer is not a result. Mismatches are written to bench/.data for a person to diff.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { postGraphQL } from '@collexis/platform/http';
import type { Scenario } from './scenarios';
import type { ReferenceSample } from './statements';

export interface Agreement {
  checked: number;
  matching: number;
  /** Where the first mismatch was written, if any. */
  mismatchFile: string | null;
}

/**
 * A pooled keep-alive socket the server closed while autocannon held the machine busy surfaces as
 * "fetch failed"; one retry on a fresh socket tells that apart from a server that is down.
 */
async function post(
  url: string,
  scenario: Scenario,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
) {
  try {
    return await postGraphQL(url, scenario.query, variables, headers);
  } catch {
    return postGraphQL(url, scenario.query, variables, headers);
  }
}

export async function verifyTarget(
  url: string,
  target: string,
  scenario: Scenario,
  samples: readonly ReferenceSample[],
  dataDir: string,
  /** The caller's `authorization`, as the load sends it. */
  headers: Record<string, string>,
): Promise<Agreement> {
  let matching = 0;
  let mismatchFile: string | null = null;
  for (const sample of samples) {
    const response = await post(url, scenario, sample.variables, headers);
    const data = JSON.stringify(response.data);
    if (data === sample.data) {
      matching += 1;
    } else if (!mismatchFile) {
      mismatchFile = join(dataDir, `mismatch-${target}-${scenario.name}.json`);
      const expected: unknown = JSON.parse(sample.data);
      await writeFile(
        mismatchFile,
        JSON.stringify({ variables: sample.variables, ours: expected, [target]: response }, null, 2),
      );
    }
  }
  return { checked: samples.length, matching, mismatchFile };
}
