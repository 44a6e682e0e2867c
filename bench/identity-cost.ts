/**
 * What verified identity costs per request, timed in the bench process with the project's own verifiers and
 * signer over the bench's keys: the gateway verifies one access token per request, each subgraph one credential
 * per fetch, and the gateway signs a credential once a minute per caller and subgraph (so almost never under
 * load). CPU time, not wall time: the machine is shared.
 */
import {
  createAccessTokenVerifier,
  createCredentialSigner,
  createCredentialVerifier,
  credentialIssuers,
  loadSigningKey,
  parseKeySource,
  signAccessToken,
} from '@collexis/identity';
import { stackIdentity } from '@collexis/stack';
import { type BenchIdentity, benchReader } from './identity';

export interface IdentityCost {
  /** Operations timed for each figure. */
  samples: number;
  /** CPU µs to verify an access token not seen before, as the gateway (and the floor) does. */
  accessTokenMicros: number;
  /** CPU µs to verify a subgraph credential not seen before, as a subgraph does. */
  credentialMicros: number;
  /** CPU µs to verify a token verified moments before: what most requests pay (rememberVerified). */
  rememberedMicros: number;
  /** CPU µs to sign one credential, as the gateway does per caller and subgraph once a minute. */
  signMicros: number;
}

async function cpuMicrosEach(samples: number, operation: (index: number) => Promise<unknown>) {
  // As warm as in a gateway that has served a while: the first few hundred calls run before the JIT has them.
  for (let index = 0; index < samples / 2; index += 1) await operation(samples + index);
  const before = process.cpuUsage();
  for (let index = 0; index < samples; index += 1) await operation(index);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / samples;
}

export async function measureIdentityCost(identity: BenchIdentity, samples = 2_000): Promise<IdentityCost> {
  const { keys } = identity;
  const claims = { id: benchReader.id, roles: [...benchReader.roles], agentId: null };
  const accessToken = await signAccessToken({
    key: await loadSigningKey(keys.userTokens.privateKey),
    subject: claims.id,
    roles: claims.roles,
  });
  const signer = createCredentialSigner({
    key: await loadSigningKey(keys.gateway.privateKey),
    issuer: credentialIssuers.gateway,
  });
  const credential = await signer.sign(claims, 'bank-sync');
  const forgetting = { maxEntries: 0 };
  const tokenOptions = (await stackIdentity(keys)).gateway.tokens;
  const tokens = createAccessTokenVerifier({ ...tokenOptions, remember: forgetting });
  const remembering = createAccessTokenVerifier(tokenOptions);
  const credentials = createCredentialVerifier({
    keys: parseKeySource(`file:${keys.credentialsJwks}`),
    audience: 'bank-sync',
    remember: forgetting,
  });
  // One of each first: the key files are read then, not in the timed loops.
  await tokens.verify(accessToken);
  await credentials.verify(credential);
  await remembering.verify(accessToken);
  return {
    samples,
    accessTokenMicros: await cpuMicrosEach(samples, () => tokens.verify(accessToken)),
    credentialMicros: await cpuMicrosEach(samples, () => credentials.verify(credential)),
    rememberedMicros: await cpuMicrosEach(samples, () => remembering.verify(accessToken)),
    // A caller of its own each time, so the signer's cache never answers.
    signMicros: await cpuMicrosEach(samples, (index) =>
      signer.sign({ ...claims, id: `bench-${index}` }, 'bank-sync'),
    ),
  };
}
