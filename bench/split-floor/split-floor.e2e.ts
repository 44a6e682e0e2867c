/**
 * Both split floors answer the bench's Customer 360 exactly as the floor does, refuse a request without a valid
 * access token, and the plain front refuses any other query.
 */
import type { RunningServer } from '@collexis/platform/http';
import { postGraphQL } from '@collexis/platform/http';
import {
  createTestDatabase,
  DisposalStack,
  gatewayHeaders,
  readerCaller,
  testKeys,
} from '@collexis/platform/testing';
import { migrateAll, seedAll, stackIdentity } from '@collexis/stack';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startFloor } from '../floor/server';
import { CUSTOMER_360 } from '../scenarios';
import { partNames } from './parts';
import { type SplitFloorKind, splitFloorKinds, startSplitFloorFront, startSplitFloorPart } from './server';

const disposal = new DisposalStack();
let floor: RunningServer;
const fronts = new Map<SplitFloorKind, RunningServer>();
let cifs: string[];
let headers: Record<string, string>;

beforeAll(async () => {
  const database = await createTestDatabase(inject('postgresAdminUrl'));
  disposal.defer(() => database.drop());
  await migrateAll(database.url);
  await seedAll({ url: database.url }, { customers: 25, seed: 11 });
  const accessTokens = (await stackIdentity(await testKeys())).gateway.tokens;
  floor = disposal.use(await startFloor({ port: 0, databaseUrl: database.url, accessTokens }));
  for (const kind of splitFloorKinds) {
    const parts = Object.fromEntries(
      await Promise.all(
        partNames.map(async (part) => {
          const server = disposal.use(
            await startSplitFloorPart({ kind, part, port: 0, databaseUrl: database.url, accessTokens }),
          );
          return [part, server.url] as const;
        }),
      ),
    ) as Record<(typeof partNames)[number], string>;
    fronts.set(kind, disposal.use(await startSplitFloorFront({ kind, port: 0, accessTokens, parts })));
  }
  const sql = new pg.Pool({ connectionString: database.url, max: 1 });
  cifs = (
    await sql.query<{ cif: string }>('SELECT cif FROM bank_sync_service.customers ORDER BY cif')
  ).rows.map((row) => row.cif);
  await sql.end();
  headers = await gatewayHeaders(readerCaller);
});

afterAll(() => disposal.dispose());

describe.each(splitFloorKinds)('the %s split floor', (kind) => {
  const front = () => {
    const server = fronts.get(kind);
    if (!server) throw new Error(`no ${kind} front`);
    return server;
  };

  it("answers every customer's Customer 360, and an unknown CIF, byte for byte as the floor does", async () => {
    expect(cifs.length).toBe(25);
    for (const cif of [...cifs, 'CIF99999999']) {
      const expected = await postGraphQL(floor.url, CUSTOMER_360, { cif }, headers);
      const answer = await postGraphQL(front().url, CUSTOMER_360, { cif }, headers);
      expect(expected.errors).toBeUndefined();
      expect(JSON.stringify(answer.data)).toBe(JSON.stringify(expected.data));
    }
  });

  it('refuses a request without a valid access token', async () => {
    const response = await fetch(front().url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: CUSTOMER_360, variables: { cif: cifs[0] } }),
    });
    expect(response.status).toBe(401);
  });
});

it("the plain front refuses any query but the bench's Customer 360", async () => {
  const front = fronts.get('plain');
  if (!front) throw new Error('no plain front');
  const answer = await postGraphQL(front.url, '{ customer(cif: "x") { cif } }', {}, headers);
  expect(answer.errors?.[0]?.message).toMatch(/Only the bench's Customer 360/);
});
