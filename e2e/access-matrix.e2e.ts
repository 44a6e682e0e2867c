import type { Role } from '@collexis/identity';
import { type Caller, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowed,
  matrixCallers,
  mutationCases,
  personalFields,
  type RootFieldCase,
  restrictedQueryCases,
} from './support/access-matrix';
import { paymentInput } from './support/payments';

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
/** Who reads people's identifiers in full (SYSTEM and PAYMENT_PROCESSOR may not read customers at all). */
const READERS_IN_FULL: readonly Role[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];

/** A digest of every row of the three domains' tables, to prove a refusal wrote nothing. */
async function digest(stack: TestStack): Promise<Record<string, string>> {
  const { rows: tables } = await stack.sql.query<{ name: string }>(
    `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
     WHERE table_schema IN ('bank_sync_service', 'payment_service', 'workflow_service') ORDER BY 1`,
  );
  const digests: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await stack.sql.query<{ digest: string | null }>(
      `SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS digest FROM ${name} t`,
    );
    digests[name] = rows[0]?.digest ?? 'empty';
  }
  return digests;
}

function codeOf(response: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return response.errors?.[0]?.extensions?.code;
}

/** Every root field case paired with every caller, split by whether the declared rules allow it. */
function pairs(cases: readonly RootFieldCase[], wanted: boolean) {
  return cases.flatMap((rootCase) =>
    matrixCallers
      .filter(({ caller }) => allowed(rootCase.requirement, caller) === wanted)
      .map(({ name, caller }) => ({ rootCase, name, caller })),
  );
}

const refusalCode = (caller: Caller) => (caller.roles.length > 0 ? 'FORBIDDEN' : 'UNAUTHENTICATED');

describe('who may do what, as the SDL declares it, through the gateway', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ demo: { customers: 4 }, consumers: false });
  });
  afterAll(() => stack?.stop());

  it('refuses every mutation and restricted query to every caller without its role, and writes nothing', async () => {
    const refused = pairs([...mutationCases(), ...restrictedQueryCases()], false);
    expect(refused.length).toBeGreaterThan(50);
    const before = await digest(stack);
    for (const { rootCase, name, caller } of refused) {
      const response = await stack.query(rootCase.query, rootCase.variables, caller);
      expect(codeOf(response), `${rootCase.coordinate} as ${name}`).toBe(refusalCode(caller));
    }
    expect(await digest(stack)).toEqual(before);
  });

  it('lets every caller with the role through to the operation itself', async () => {
    for (const { rootCase, name, caller } of pairs([...mutationCases(), ...restrictedQueryCases()], true)) {
      const response = await stack.query(rootCase.query, rootCase.variables, caller);
      expect(REFUSALS.has(String(codeOf(response))), `${rootCase.coordinate} as ${name}`).toBe(false);
    }
  });

  it('shows personal identifiers in full to AGENT, SUPERVISOR and ADMIN, masked to an ANALYST, to no one else', async () => {
    const { rows } = await stack.sql.query<{
      cif: string;
      name: string;
      national_id: string;
      number: string;
    }>(
      `SELECT c.cif, c.name, c.national_id, p.number FROM bank_sync_service.customers c
       JOIN bank_sync_service.phones p ON p.cif = c.cif
       WHERE c.national_id IS NOT NULL AND c.name IS NOT NULL ORDER BY c.cif LIMIT 1`,
    );
    const stored = rows[0];
    if (!stored) throw new Error('the demo data has no person with a national id and a phone');
    expect(personalFields('Customer')).toEqual(expect.arrayContaining(['name', 'nationalId', 'dateOfBirth']));
    const query = `query Person($cif: String!) { customer(cif: $cif) { cif name nationalId phones { number } } }`;
    for (const { name, caller } of matrixCallers) {
      const response = await stack.query<{
        customer: { cif: string; name: string; nationalId: string; phones: { number: string }[] } | null;
      }>(query, { cif: stored.cif }, caller);
      const seen = response.data?.customer;
      const values = seen ? [seen.name, seen.nationalId, seen.phones[0]?.number ?? ''] : [];
      const originals = [stored.name, stored.national_id, stored.number];
      if (caller.roles.some((role) => READERS_IN_FULL.includes(role))) {
        expect(values, name).toEqual(originals);
      } else if (caller.roles.includes('ANALYST')) {
        expect(seen?.cif, name).toBe(stored.cif);
        values.forEach((value, index) => {
          const visible = value.replaceAll('•', '');
          expect(visible.length, `${name} sees at most 4 characters`).toBeLessThanOrEqual(4);
          expect(originals[index]?.endsWith(visible), `${name} sees only the end`).toBe(true);
        });
      } else {
        expect(codeOf(response), name).toBe(refusalCode(caller));
        expect(seen ?? null, name).toBeNull();
      }
    }
  });

  it('lets only those who see identifiers in full search by them: no national id oracle for an ANALYST', async () => {
    const { rows } = await stack.sql.query<{ cif: string; national_id: string; segment: string }>(
      `SELECT cif, national_id, segment FROM bank_sync_service.customers
       WHERE national_id IS NOT NULL ORDER BY cif LIMIT 1`,
    );
    const [person] = rows;
    if (!person) throw new Error('the demo data has no person with a national id');
    const search = `query Search($filter: CustomerFilter) { customers(filter: $filter) { nodes { cif } } }`;
    const byNationalId = { nationalId: person.national_id };

    const agent = await stack.query<{ customers: { nodes: { cif: string }[] } }>(
      search,
      { filter: byNationalId },
      viewers.collector,
    );
    expect(agent.data?.customers.nodes).toEqual([{ cif: person.cif }]);

    for (const filter of [
      byNationalId,
      { name: 'a' },
      { segment: person.segment, nationalId: 'no-such-id' },
    ]) {
      const analyst = await stack.query(search, { filter }, viewers.analyst);
      expect(analyst.data ?? null, JSON.stringify(filter)).toBeNull();
      expect(analyst.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
        [
          'FORBIDDEN',
          expect.stringMatching(
            /^customers\(filter\.(nationalId|name)\) needs the role AGENT or SUPERVISOR or ADMIN$/,
          ),
        ],
      ]);
    }
    const bySegment = await stack.query<{ customers: { nodes: unknown[] } }>(
      search,
      { filter: { segment: person.segment } },
      viewers.analyst,
    );
    expect(bySegment.errors).toBeUndefined();
    expect(bySegment.data?.customers.nodes.length).toBeGreaterThan(0);
  });

  it("keeps customers' data from writers and systems who reach it through a payment", async () => {
    const { rows } = await stack.sql.query<{ account_number: string; cif: string; currency: string }>(
      `SELECT account_number, cif, currency FROM bank_sync_service.loans ORDER BY account_number LIMIT 1`,
    );
    const [loan] = rows;
    if (!loan) throw new Error('the demo data has no loan');
    const recorded = await stack.query<{ recordPayment: { payment: Record<string, unknown> } }>(
      `mutation Record($input: RecordPaymentInput!) {
        recordPayment(input: $input) { payment { referenceNumber customer { name } loan { outstanding } } }
      }`,
      { input: paymentInput({ accountNumber: loan.account_number, cif: loan.cif, currency: loan.currency }) },
      viewers.paymentProcessor,
    );
    expect(recorded.data?.recordPayment.payment).toMatchObject({ customer: null, loan: null });
    expect(recorded.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([
      ['recordPayment.payment.customer', 'FORBIDDEN'],
      ['recordPayment.payment.loan', 'FORBIDDEN'],
    ]);

    const events = await stack.query<{ paymentEvents: { nodes: { payment: { customer: unknown } }[] } }>(
      `{ paymentEvents(first: 1) { nodes { payment { customer { cif segment name nationalId } } } } }`,
      {},
      viewers.coreSystem,
    );
    expect(events.data?.paymentEvents.nodes[0]?.payment.customer).toEqual({
      cif: loan.cif,
      segment: expect.any(String),
      name: null,
      nationalId: null,
    });
    expect(events.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});
