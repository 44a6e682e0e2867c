/**
 * The floor's SQL: for each batch the same statement shape the subgraphs' repositories send (select every
 * column, one statement per batch of keys, per-parent pages cut with row_number()), written by hand over pg
 * because the subgraphs do not export their repositories.
 */
import type pg from 'pg';

export type Row = Record<string, unknown>;

export interface Sql {
  query(text: string, values: unknown[]): Promise<Row[]>;
}

/** A pg pool that counts the statements it sends. */
export function countingSql(pool: pg.Pool, onQuery: () => void): Sql {
  return {
    query: async (text, values) => {
      onQuery();
      const result = await pool.query(text, values);
      return result.rows;
    },
  };
}

export const customersByCifs = (sql: Sql, cifs: string[]) =>
  sql.query('SELECT * FROM bank_sync_service.customers WHERE cif = ANY($1)', [cifs]);

export const phonesByCifs = (sql: Sql, cifs: string[]) =>
  sql.query(
    'SELECT * FROM bank_sync_service.phones WHERE cif = ANY($1) ORDER BY cif, is_primary DESC, type',
    [cifs],
  );

export const addressesByCifs = (sql: Sql, cifs: string[]) =>
  sql.query(
    'SELECT * FROM bank_sync_service.addresses WHERE cif = ANY($1) ORDER BY cif, is_primary DESC, type',
    [cifs],
  );

export const loansByCifs = (sql: Sql, cifs: string[]) =>
  sql.query('SELECT * FROM bank_sync_service.loans WHERE cif = ANY($1) ORDER BY account_number', [cifs]);

export const dueSegmentationsByLoans = (sql: Sql, accountNumbers: string[]) =>
  sql.query(
    `SELECT * FROM bank_sync_service.due_segmentations WHERE loan_account_number = ANY($1)
      ORDER BY loan_account_number, due_date`,
    [accountNumbers],
  );

export const collateralsOfLoans = (sql: Sql, accountNumbers: string[]) =>
  sql.query(
    `SELECT lc.loan_account_number, c.* FROM bank_sync_service.loan_collaterals lc
       JOIN bank_sync_service.collaterals c ON c.collateral_number = lc.collateral_number
      WHERE lc.loan_account_number = ANY($1) ORDER BY c.collateral_number`,
    [accountNumbers],
  );

/** The delinquency work queue's first page, worst first (one more row than the page tells if more follow). */
export const delinquentLoanPage = (sql: Sql, dpdMin: number, status: string, limit: number) =>
  sql.query(
    `SELECT * FROM bank_sync_service.loans WHERE dpd >= $1 AND status = $2
      ORDER BY dpd DESC, account_number ASC LIMIT $3`,
    [dpdMin, status, limit],
  );

/** The newest `take` payments of each loan, in one statement. */
export const newestPaymentsOfLoans = (sql: Sql, accountNumbers: string[], take: number) =>
  sql.query(
    `SELECT * FROM (
       SELECT p.*, row_number() OVER (PARTITION BY loan_account_number ORDER BY payment_date DESC, id DESC)
              AS position_in_parent
         FROM payment_service.payments p WHERE loan_account_number = ANY($1)) numbered
      WHERE position_in_parent <= $2 ORDER BY loan_account_number, position_in_parent`,
    [accountNumbers, take],
  );

export const casesByCifs = (sql: Sql, cifs: string[]) =>
  sql.query('SELECT * FROM workflow_service.customer_cases WHERE cif = ANY($1)', [cifs]);

export const agentsByIds = (sql: Sql, ids: string[]) =>
  sql.query('SELECT * FROM workflow_service.agents WHERE id = ANY($1::uuid[])', [ids]);

/** The newest `take` actions of each customer, in one statement. */
export const newestActionsOfCustomers = (sql: Sql, cifs: string[], take: number) =>
  sql.query(
    `SELECT * FROM (
       SELECT a.*, (row_number() OVER (PARTITION BY cif ORDER BY action_date DESC, id DESC))::int AS position
         FROM workflow_service.action_records a WHERE cif = ANY($1)) ranked
      WHERE position <= $2 ORDER BY position`,
    [cifs, take],
  );

/** The first `take` customers (by CIF) whose current assignment names each agent, in one statement. */
export const worklistPages = (sql: Sql, agentIds: string[], take: number) =>
  sql.query(
    `SELECT * FROM (
       SELECT ca.*, a.id AS worklist_agent_id,
              (row_number() OVER (PARTITION BY a.id ORDER BY ca.cif))::int AS position
         FROM workflow_service.agents a
         JOIN workflow_service.customer_agents ca ON ca.is_current
          AND (ca.assigned_call_agent_id = a.id OR ca.assigned_field_agent_id = a.id)
        WHERE a.id = ANY($1::uuid[])) ranked
      WHERE position <= $2 ORDER BY position`,
    [agentIds, take],
  );
