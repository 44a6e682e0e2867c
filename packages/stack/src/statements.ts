import type { DomainName } from './domains';

export interface StatementLog {
  /** SQL statements sent since the last reset, by subgraph. */
  bySubgraph(): Record<DomainName, number>;
  total(): number;
  reset(): void;
}

export function createStatementLog(): StatementLog & { record(name: DomainName): void } {
  const counts: Record<DomainName, number> = { 'bank-sync': 0, payment: 0, workflow: 0 };
  return {
    record: (name) => {
      counts[name] += 1;
    },
    bySubgraph: () => ({ ...counts }),
    total: () => counts['bank-sync'] + counts.payment + counts.workflow,
    reset: () => {
      counts['bank-sync'] = 0;
      counts.payment = 0;
      counts.workflow = 0;
    },
  };
}
