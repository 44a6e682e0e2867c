import { parseDay } from './dates';
import { MAX_CUSTOMERS } from './keys';
import type { DemoOptions } from './types';

export const defaultDemoOptions: DemoOptions = Object.freeze({
  customers: 2000,
  seed: 1,
  asOf: '2026-11-01',
  agents: 20,
});

/** The least team that can work every case: an admin, two call agents and a field agent per region. */
export const MIN_AGENTS = 5;

/** Options with defaults filled in, checked once so that generators can trust them. */
export function resolveDemoOptions(options: Partial<DemoOptions> = {}): DemoOptions {
  const resolved: DemoOptions = { ...defaultDemoOptions, ...options };
  const { customers, seed, agents, asOf } = resolved;
  if (!Number.isSafeInteger(customers) || customers < 0 || customers > MAX_CUSTOMERS) {
    throw new RangeError(`customers must be an integer in [0, ${MAX_CUSTOMERS}], got ${customers}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  if (!Number.isSafeInteger(agents) || agents < MIN_AGENTS || agents > 9999) {
    throw new RangeError(`agents must be an integer in [${MIN_AGENTS}, 9999], got ${agents}`);
  }
  parseDay(asOf);
  return resolved;
}
