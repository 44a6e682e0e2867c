import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccessTokenVerifier, devAccessToken, signAccessToken } from './access-token';
import { createCredentialSigner, createCredentialVerifier, credentialIssuers } from './credential';
import { ensureDevKeys } from './dev-keys';
import { parseKeySource } from './key-source';
import { generateSigningKey, loadSigningKey } from './signing-key';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'collexis-identity-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

describe('generateSigningKey', () => {
  it('writes a private JWK only its owner can read, and the public JWKS verifiers select by', async () => {
    const files = await generateSigningKey(join(dir, 'one'), 'idp');
    expect((await stat(files.privateKey)).mode & 0o777).toBe(0o600);
    const privateJwk = await readJson(files.privateKey);
    const { keys } = await readJson(files.jwks);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kid: privateJwk.kid, alg: 'ES256', use: 'sig', kty: 'EC', crv: 'P-256' });
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('keeps an existing key, also when two processes race to make the first one', async () => {
    const keyDir = join(dir, 'race');
    const [first, second] = await Promise.all([
      generateSigningKey(keyDir, 'idp'),
      generateSigningKey(keyDir, 'idp'),
    ]);
    const original = await readFile(first.privateKey, 'utf8');
    expect(await readFile(second.privateKey, 'utf8')).toBe(original);
    await generateSigningKey(keyDir, 'idp');
    expect(await readFile(first.privateKey, 'utf8')).toBe(original);
    const { keys } = await readJson(first.jwks);
    expect(keys[0].kid).toBe(JSON.parse(original).kid);
  });
});

describe('ensureDevKeys', () => {
  it('lays out the embedded stack keys once, and they work end to end', async () => {
    const keysDir = join(dir, 'keys');
    const keys = await ensureDevKeys(keysDir);
    expect(await ensureDevKeys(keysDir)).toEqual(keys);

    const userToken = await signAccessToken({
      key: await loadSigningKey(keys.userTokens.privateKey),
      subject: 'u-1001',
      roles: ['SUPERVISOR'],
    });
    const gatewayVerifier = createAccessTokenVerifier({
      keys: parseKeySource(`file:${keys.userTokens.jwks}`),
      issuer: devAccessToken.issuer,
      audience: devAccessToken.audience,
    });
    const caller = await gatewayVerifier.verify(userToken);

    const signer = createCredentialSigner({
      key: await loadSigningKey(keys.gateway.privateKey),
      issuer: credentialIssuers.gateway,
    });
    const subgraphVerifier = createCredentialVerifier({
      keys: parseKeySource(`file:${keys.credentialsJwks}`),
      audience: 'workflow',
    });
    expect(await subgraphVerifier.verify(await signer.sign(caller, 'workflow'))).toMatchObject({
      id: 'u-1001',
      roles: ['SUPERVISOR'],
    });

    const trusted = await readJson(keys.credentialsJwks);
    const { kid: gatewayKid } = await readJson(keys.gateway.privateKey);
    const { kid: servicesKid } = await readJson(keys.services.privateKey);
    expect(trusted.keys.map((key: { kid: string }) => key.kid)).toEqual([gatewayKid, servicesKid]);
  });
});
