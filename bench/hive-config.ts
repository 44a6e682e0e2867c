/**
 * The Hive Gateway peers' config file (`--config-path`). They verify the client's access token with Hive's own
 * JWT plugin, against the bench's identity provider key. They cannot sign our subgraph credentials, so each
 * subgraph request carries a credential signed beforehand, for that subgraph and the bench's reader, with a
 * lifetime covering the peer's runs: a static header per subgraph, whoever the client is.
 */
import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { devAccessToken } from '@collexis/identity';
import { type BenchIdentity, benchReader } from './identity';

export interface HiveConfigOptions {
  /** Where the config file is written (git-ignored bench data). */
  dataDir: string;
  identity: BenchIdentity;
  /** The subgraphs' names, as the supergraph's `join__graph` entries give them. */
  subgraphs: readonly string[];
  /** How long the pre-signed subgraph credentials must stay valid: the peer's whole run. */
  credentialSeconds: number;
  /** Keep Hive Gateway's default in-flight deduplication of identical subgraph requests. */
  dedup: boolean;
}

/** The one key of the identity provider's public JWKS, with the algorithm verifiers must pin. */
function onlyKey(jwks: unknown, file: string): JsonWebKey & { alg: string } {
  if (typeof jwks === 'object' && jwks !== null && 'keys' in jwks && Array.isArray(jwks.keys)) {
    const [jwk] = jwks.keys;
    if (typeof jwk === 'object' && jwk !== null && typeof jwk.alg === 'string') return jwk;
  }
  throw new Error(`${file} holds no key with an algorithm`);
}

/** The identity provider's public key as PEM and its algorithm: what jsonwebtoken, under Hive's plugin, takes. */
async function userTokenKey(identity: BenchIdentity): Promise<{ pem: string; algorithm: string }> {
  const file = identity.keys.userTokens.jwks;
  const jwk = onlyKey(JSON.parse(await readFile(file, 'utf8')), file);
  const pem = createPublicKey({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
  return { pem: String(pem), algorithm: jwk.alg };
}

/** Writes the config and returns its path; it holds credentials, so only its owner may read it. */
export async function writeHiveConfig(options: HiveConfigOptions): Promise<string> {
  const { identity } = options;
  const key = await userTokenKey(identity);
  const credentials: Record<string, string> = {};
  for (const subgraph of options.subgraphs) {
    credentials[subgraph] = await identity.credential(benchReader, subgraph, options.credentialSeconds);
  }
  const jwt = {
    tokenVerification: {
      algorithms: [key.algorithm],
      issuer: devAccessToken.issuer,
      audience: devAccessToken.audience,
    },
    reject: { missingToken: true, invalidToken: true },
  };
  // Hive Gateway deduplicates identical in-flight subgraph requests by default; `--no-hive-dedup` turns it off.
  const transportEntries = options.dedup
    ? {}
    : { '*.http': { options: { deduplicateInflightRequests: false } } };
  const source = `const credentials = ${JSON.stringify(credentials)};
export const gatewayConfig = {
  jwt: { ...${JSON.stringify(jwt)}, signingKeyProviders: [() => ${JSON.stringify(key.pem)}] },
  propagateHeaders: {
    fromClientToSubgraphs: ({ subgraphName }) => ({ authorization: \`Bearer \${credentials[subgraphName]}\` }),
  },
  transportEntries: ${JSON.stringify(transportEntries)},
};
`;
  const path = join(options.dataDir, 'hive-gateway.config.mjs');
  await writeFile(path, source);
  await chmod(path, 0o600);
  return path;
}
