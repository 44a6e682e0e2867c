/**
 * The universe, streamed in chunks of customers. Each customer's rows come from generators seeded by
 * (seed, customer index, stream) alone, so chunks can be produced independently and the chunk size never
 * changes a row; memory stays at one chunk whatever the size of the universe.
 */
import { type AgentPools, agentPools, demoAgents } from './agents';
import { collateralRows } from './collaterals';
import { customerRows } from './customers';
import { localInstant, parseDay } from './dates';
import { dueSegmentationRows, loanRow } from './loan-rows';
import { planLoans } from './loans';
import { resolveDemoOptions } from './options';
import { paymentRows } from './payments';
import { customerRng, Stream } from './prng';
import { drawProfile } from './profile';
import { referenceCustomerRows } from './references';
import type { DemoChunk, DemoOptions } from './types';
import { addWorkflowRows } from './workflow';

interface Universe {
  seed: number;
  today: number;
  pools: AgentPools;
}

/** A chunk of customers [from, to) with no rows yet. */
export function emptyChunk(from: number, to: number): DemoChunk {
  return {
    range: { from, to },
    bankSync: {
      customers: [],
      phones: [],
      addresses: [],
      emails: [],
      referenceCustomers: [],
      loans: [],
      collaterals: [],
      loanCollaterals: [],
      dueSegmentations: [],
    },
    payment: { payments: [] },
    workflow: { actionRecords: [], customerAgents: [], customerCases: [], customerCaseActions: [] },
  };
}

function addCustomer(chunk: DemoChunk, { seed, today, pools }: Universe, index: number): void {
  const { bankSync, payment, workflow } = chunk;
  const profileRng = customerRng(seed, index, Stream.profile);
  const profile = drawProfile(profileRng, index);
  // The nightly core-banking sync ran late yesterday evening.
  const sync = localInstant(today - 1, 22 * 60 + profileRng.int(0, 100));

  const loanRng = customerRng(seed, index, Stream.loans);
  const plans = planLoans(loanRng, profile, today);

  const customer = customerRows(profileRng, profile, plans, today, sync);
  bankSync.customers.push(customer.customer);
  bankSync.phones.push(...customer.phones);
  bankSync.addresses.push(...customer.addresses);
  bankSync.emails.push(...customer.emails);
  bankSync.referenceCustomers.push(
    ...referenceCustomerRows(profileRng, profile, customer.birthDay, customer.since, today, sync),
  );

  for (const plan of plans) {
    bankSync.loans.push(loanRow(loanRng, plan, profile.cif, sync));
    bankSync.dueSegmentations.push(...dueSegmentationRows(loanRng, plan, today, sync));
  }

  const { collaterals, loanCollaterals } = collateralRows(
    customerRng(seed, index, Stream.collaterals),
    profile,
    plans,
    today,
    sync,
  );
  bankSync.collaterals.push(...collaterals);
  bankSync.loanCollaterals.push(...loanCollaterals);

  const paymentRng = customerRng(seed, index, Stream.payments);
  for (const plan of plans)
    payment.payments.push(...paymentRows(paymentRng, plan, profile.cif, index, today));

  addWorkflowRows(
    workflow,
    customerRng(seed, index, Stream.workflow),
    profile,
    plans,
    collaterals,
    pools,
    today,
  );
}

/**
 * Rows of customers [0, customers) in chunks of `chunkSize` customers, in order. Agents referenced by
 * the workflow rows are `demoAgents(options)`.
 */
export function* demoChunks(options: Partial<DemoOptions> = {}, chunkSize = 500): Generator<DemoChunk> {
  const resolved = resolveDemoOptions(options);
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  }
  const universe: Universe = {
    seed: resolved.seed,
    today: parseDay(resolved.asOf),
    pools: agentPools(demoAgents(resolved)),
  };
  for (let from = 0; from < resolved.customers; from += chunkSize) {
    const to = Math.min(resolved.customers, from + chunkSize);
    const chunk = emptyChunk(from, to);
    for (let index = from; index < to; index++) addCustomer(chunk, universe, index);
    yield chunk;
  }
}
