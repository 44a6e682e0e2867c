import {
  createCredentialSigner,
  credentialIssuers,
  type DevKeys,
  ensureDevKeys,
  loadSigningKey,
  parseKeySource,
  type Role,
  type SigningKey,
  signAccessToken,
} from '@collexis/identity';
import { authorizationHeader } from '../graphql/viewer';
import type { SubgraphIdentityOptions } from '../subgraph/identity';

/** Someone a test acts as; with no roles, a caller without any token. */
export interface Caller {
  id: string;
  roles: readonly Role[];
  /** The agent (employee id) the caller acts as. */
  agentId?: string;
}

const caller = (id: string, ...roles: Role[]): Caller => ({ id, roles });

/** No token at all. */
export const anonymousCaller: Caller = { id: 'anonymous', roles: [] };

/** The people and systems the tests act as; tests assert on these ids as the recorded actors. */
export const viewers = {
  admin: caller('ops.admin', 'ADMIN'),
  supervisor: caller('sup.lan', 'SUPERVISOR'),
  collector: caller('agent.minh', 'AGENT'),
  analyst: caller('analyst.kim', 'ANALYST'),
  /** The core-banking connector that pushes and pulls exports. */
  coreSystem: caller('t24-connector', 'SYSTEM'),
  paymentProcessor: caller('proc.t24', 'PAYMENT_PROCESSOR'),
} as const;

/** Who a test's request is from when it names no one: an agent, who may read everything unmasked. */
export const readerCaller: Caller = caller('test.reader', 'AGENT');

/** A caller with any id and roles, for a test of its own. */
export const callerOf = (id: string, ...roles: Role[]): Caller => caller(id, ...roles);

const signingKeys = new Map<string, Promise<SigningKey>>();
const signingKey = (path: string) => {
  let key = signingKeys.get(path);
  if (!key) {
    key = loadSigningKey(path);
    signingKeys.set(path, key);
  }
  return key;
};

/** The headers of a request to the gateway from a caller: an access token of the stack's identity provider. */
export async function accessTokenHeaders(keys: DevKeys, from: Caller): Promise<Record<string, string>> {
  if (from.roles.length === 0) return {};
  const token = await signAccessToken({
    key: await signingKey(keys.userTokens.privateKey),
    subject: from.id,
    roles: [...from.roles],
    agentId: from.agentId,
  });
  return authorizationHeader(token);
}

/** The headers of a request straight to a subgraph from a caller, as the gateway sends it: its credential. */
export async function credentialHeaders(
  keys: DevKeys,
  from: Caller,
  subgraph: string,
): Promise<Record<string, string>> {
  if (from.roles.length === 0) return {};
  const signer = createCredentialSigner({
    key: await signingKey(keys.gateway.privateKey),
    issuer: credentialIssuers.gateway,
  });
  const token = await signer.sign(
    { id: from.id, roles: [...from.roles], agentId: from.agentId ?? null },
    subgraph,
  );
  return authorizationHeader(token);
}

/** The environment variable in which the test run's global setup names its folder of keys. */
export const TEST_KEYS_DIR = 'COLLEXIS_TEST_KEYS_DIR';

let runKeys: Promise<DevKeys> | undefined;

/** The test run's keys (made once by the global setup), read once per test process. */
export function testKeys(): Promise<DevKeys> {
  const dir = process.env[TEST_KEYS_DIR];
  if (!dir) throw new Error(`${TEST_KEYS_DIR} is not set: run the tests with the project's vitest config`);
  runKeys ??= ensureDevKeys(dir);
  return runKeys;
}

/** What a subgraph under test is given to know its callers by: the test keys. */
export async function testSubgraphIdentity(keys: DevKeys): Promise<SubgraphIdentityOptions> {
  return {
    trustedKeys: parseKeySource(`file:${keys.credentialsJwks}`),
    serviceKey: await signingKey(keys.services.privateKey),
  };
}

/** The headers of a test's own request to the gateway (postGraphQL, fetch) from a caller, with the run's keys. */
export const gatewayHeaders = async (from: Caller) => accessTokenHeaders(await testKeys(), from);

/** The headers of a test's own request straight to a subgraph from a caller, with the run's keys. */
export const subgraphHeaders = async (from: Caller, subgraph: string) =>
  credentialHeaders(await testKeys(), from, subgraph);
