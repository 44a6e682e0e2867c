/**
 * One process of a split floor: the floor's Customer 360 split as our gateway splits it, over four processes
 * (a front and the three parts), plain (node:http and JSON) or with an Apollo Server in each. The bench sets
 * them beside the floor to show what the four processes themselves cost, apart from our gateway's and
 * subgraphs' work (bench/README.md, "Customer 360 against the split floors").
 */
import { type AccessTokenVerifierOptions, createAccessTokenVerifier } from '@collexis/identity';
import { createDatabase } from '@collexis/platform/db';
import type { RunningServer } from '@collexis/platform/http';
import { countingSql } from '../floor/sql';
import { startApolloFront, startApolloPart } from './apollo';
import type { PartUrls } from './part-client';
import type { PartName } from './parts';
import { startPlainFront, startPlainPart } from './plain';

export const splitFloorKinds = ['plain', 'apollo'] as const;
export type SplitFloorKind = (typeof splitFloorKinds)[number];

interface Common {
  kind: SplitFloorKind;
  /** 0 picks a free port. */
  port: number;
  /** The identity provider whose access tokens every process verifies, as the gateway's `auth.tokens`. */
  accessTokens: AccessTokenVerifierOptions;
}

export interface SplitFloorPartOptions extends Common {
  part: PartName;
  databaseUrl: string;
  /** Called once per SQL statement sent. */
  onQuery?: () => void;
}

export interface SplitFloorFrontOptions extends Common {
  parts: PartUrls;
}

export function startSplitFloorPart(options: SplitFloorPartOptions): Promise<RunningServer> {
  const { pool, close } = createDatabase(
    {},
    { url: options.databaseUrl, applicationName: `collexis-bench-split-floor-${options.part}` },
  );
  const sql = countingSql(pool, options.onQuery ?? (() => {}));
  const verifier = createAccessTokenVerifier(options.accessTokens);
  const start = options.kind === 'plain' ? startPlainPart : startApolloPart;
  return start(options.part, options.port, verifier, sql, close).catch(async (error: unknown) => {
    await close();
    throw error;
  });
}

export function startSplitFloorFront(options: SplitFloorFrontOptions): Promise<RunningServer> {
  const verifier = createAccessTokenVerifier(options.accessTokens);
  const start = options.kind === 'plain' ? startPlainFront : startApolloFront;
  return start(options.port, verifier, options.parts);
}
