import { join } from 'node:path';
import type { JSONWebKeySet } from 'jose';
import { readJsonFile, writeJsonFile } from './json-file';
import { generateSigningKey, type SigningKeyFiles } from './signing-key';

/** The embedded stack's keys, all in one folder (`.data/keys`); see docs/decisions/0019-identity.md. */
export interface DevKeys {
  /** The dev identity provider's key: signs user access tokens (`pnpm run token`); the gateway verifies them. */
  userTokens: SigningKeyFiles;
  /** The gateway's key: signs a credential for the user it verified. */
  gateway: SigningKeyFiles;
  /** The services' key: event consumers sign their own SYSTEM credentials. */
  services: SigningKeyFiles;
  /** The gateway's and the services' public keys in one JWKS: what subgraphs trust. */
  credentialsJwks: string;
}

/** Creates the embedded stack's keys on first use and returns where they are; existing keys are kept. */
export async function ensureDevKeys(dir: string): Promise<DevKeys> {
  const userTokens = await generateSigningKey(dir, 'user-tokens');
  const gateway = await generateSigningKey(dir, 'gateway');
  const services = await generateSigningKey(dir, 'services');
  const credentialsJwks = join(dir, 'credentials.jwks.json');
  // Rewritten from the two public files each time, so it follows either key when that one is replaced.
  const trusted = await Promise.all([readJsonFile(gateway.jwks), readJsonFile(services.jwks)]);
  await writeJsonFile(credentialsJwks, {
    keys: trusted.flatMap((jwks) => (jwks as JSONWebKeySet).keys),
  });
  return { userTokens, gateway, services, credentialsJwks };
}
