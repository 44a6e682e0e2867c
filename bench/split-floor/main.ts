/** One split floor process, as the bench starts it: the only place that reads its env. */
import { devAccessToken, parseKeySource } from '@collexis/identity';
import { runService } from '@collexis/platform/http';
import { type PartName, partNames, partUrlVariable } from './parts';
import { type SplitFloorKind, splitFloorKinds, startSplitFloorFront, startSplitFloorPart } from './server';

const { SPLIT_FLOOR_KIND, SPLIT_FLOOR_PART, DATABASE_URL, AUTH_JWKS, AUTH_ISSUER, AUTH_AUDIENCE } =
  process.env;
const part = SPLIT_FLOOR_PART ?? '';

await runService(`split floor ${part}`, async () => {
  const kind = splitFloorKinds.find((name) => name === SPLIT_FLOOR_KIND);
  if (!kind) throw new Error(`SPLIT_FLOOR_KIND must be one of ${splitFloorKinds.join(', ')}`);
  if (!AUTH_JWKS) throw new Error('AUTH_JWKS is required: where the keys that verify access tokens are');
  const common = {
    kind: kind satisfies SplitFloorKind,
    port: Number(process.env.PORT ?? 0),
    accessTokens: {
      keys: parseKeySource(AUTH_JWKS),
      issuer: AUTH_ISSUER ?? devAccessToken.issuer,
      audience: AUTH_AUDIENCE ?? devAccessToken.audience,
    },
  };
  if (part === 'front') {
    const parts = Object.fromEntries(
      partNames.map((name) => {
        const url = process.env[partUrlVariable(name)];
        if (!url) throw new Error(`${partUrlVariable(name)} is required for the front`);
        return [name, url];
      }),
    ) as Record<PartName, string>;
    return startSplitFloorFront({ ...common, parts });
  }
  const name = partNames.find((candidate) => candidate === part);
  if (!name) throw new Error(`SPLIT_FLOOR_PART must be front or one of ${partNames.join(', ')}`);
  if (!DATABASE_URL) throw new Error('DATABASE_URL is required: the postgres:// URL of the bench database');
  return startSplitFloorPart({ ...common, part: name, databaseUrl: DATABASE_URL });
});
