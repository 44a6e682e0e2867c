/** The floor as its own process: the only place that reads its env (the gateway's AUTH_* variables among it). */
import { devAccessToken, parseKeySource } from '@collexis/identity';
import { runService } from '@collexis/platform/http';
import { startFloor } from './server';

await runService('floor', () => {
  const { DATABASE_URL, AUTH_JWKS, AUTH_ISSUER, AUTH_AUDIENCE } = process.env;
  if (!DATABASE_URL) throw new Error('DATABASE_URL is required: the postgres:// URL of the bench database');
  if (!AUTH_JWKS) throw new Error('AUTH_JWKS is required: where the keys that verify access tokens are');
  return startFloor({
    port: Number(process.env.PORT ?? 0),
    databaseUrl: DATABASE_URL,
    accessTokens: {
      keys: parseKeySource(AUTH_JWKS),
      issuer: AUTH_ISSUER ?? devAccessToken.issuer,
      audience: AUTH_AUDIENCE ?? devAccessToken.audience,
    },
  });
});
