import { DrizzleQueryError } from 'drizzle-orm/errors';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { safeError } from './safe-error';

const NATIONAL_ID = '079301234567';
const NAME = 'Tran Thi Example';

/** A check violation as PostgreSQL reports it: the failing row in `detail`, the statement's position and context. */
function checkViolation(): pg.DatabaseError {
  const error = new pg.DatabaseError(
    'new row for relation "customers" violates check constraint "customers_national_id_check"',
    100,
    'error',
  );
  Object.assign(error, {
    code: '23514',
    detail: `Failing row contains (1, ${NATIONAL_ID}, ${NAME}).`,
    where: `SQL statement "INSERT INTO customers VALUES ('${NATIONAL_ID}')"`,
    table: 'customers',
    constraint: 'customers_national_id_check',
    schema: 'bank_sync_service',
  });
  return error;
}

describe('safeError', () => {
  it("keeps a database error's code, table and constraint, and drops its row, context and values", () => {
    const safe = safeError(checkViolation());

    expect(safe).toMatchObject({
      type: 'DatabaseError',
      code: '23514',
      table: 'customers',
      constraint: 'customers_national_id_check',
      message: 'new row for relation "…" violates check constraint "…"',
    });
    expect(JSON.stringify(safe)).not.toMatch(new RegExp(`${NATIONAL_ID}|${NAME}|Failing row`));
  });

  it("drops drizzle's statement and parameters, and keeps the database error it wraps", () => {
    const wrapped = new DrizzleQueryError(
      'insert into "customers" ("national_id", "name") values ($1, $2)',
      [NATIONAL_ID, NAME],
      checkViolation(),
    );

    const safe = safeError(wrapped);

    expect(safe.message).toBe('Failed query');
    expect(safe.cause).toMatchObject({ code: '23514', constraint: 'customers_national_id_check' });
    expect(JSON.stringify(safe)).not.toMatch(new RegExp(`${NATIONAL_ID}|${NAME}|insert into`));
  });

  it('masks values an error message quotes, and keeps the stack frames without the message', () => {
    const error = new Error(`invalid input syntax for type uuid: "${NATIONAL_ID}"`);

    const safe = safeError(error);

    expect(safe.message).toBe('invalid input syntax for type uuid: "…"');
    expect(safe.stack).toMatch(/^\s+at /);
    expect(safe.stack).not.toContain(NATIONAL_ID);
  });

  it('says nothing of a thrown value that is not an Error', () => {
    expect(safeError({ nationalId: NATIONAL_ID })).toEqual({
      type: 'object',
      message: 'non-error value thrown',
    });
  });
});
