/** Fresh batch loaders for one request: each batch is one SQL statement, as in the subgraphs. */
import { batchLoader, groupBy, indexBy, type Load } from './batch';
import { text } from './columns';
import type { Row, Sql } from './sql';
import * as q from './sql';

function perTake(create: (take: number) => Load<Row[]>): (take: number) => Load<Row[]> {
  const loaders = new Map<number, Load<Row[]>>();
  return (take) => {
    let loader = loaders.get(take);
    if (!loader) {
      loader = create(take);
      loaders.set(take, loader);
    }
    return loader;
  };
}

export function createLoaders(sql: Sql) {
  const one = (fetch: (keys: string[]) => Promise<Row[]>, column: string) =>
    batchLoader<Row | null>(async (keys) => indexBy(await fetch(keys), (row) => text(row, column)), null);
  const many = (fetch: (keys: string[]) => Promise<Row[]>, column: string) =>
    batchLoader<Row[]>(async (keys) => groupBy(await fetch(keys), (row) => text(row, column)), []);
  return {
    customer: one((cifs) => q.customersByCifs(sql, cifs), 'cif'),
    phones: many((cifs) => q.phonesByCifs(sql, cifs), 'cif'),
    addresses: many((cifs) => q.addressesByCifs(sql, cifs), 'cif'),
    loans: many((cifs) => q.loansByCifs(sql, cifs), 'cif'),
    dueSegmentations: many((loans) => q.dueSegmentationsByLoans(sql, loans), 'loan_account_number'),
    collaterals: many((loans) => q.collateralsOfLoans(sql, loans), 'loan_account_number'),
    payments: perTake((take) =>
      many((loans) => q.newestPaymentsOfLoans(sql, loans, take), 'loan_account_number'),
    ),
    customerCase: one((cifs) => q.casesByCifs(sql, cifs), 'cif'),
    agent: one((ids) => q.agentsByIds(sql, ids), 'id'),
    actions: perTake((take) => many((cifs) => q.newestActionsOfCustomers(sql, cifs, take), 'cif')),
    worklist: perTake((take) => many((ids) => q.worklistPages(sql, ids, take), 'worklist_agent_id')),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
