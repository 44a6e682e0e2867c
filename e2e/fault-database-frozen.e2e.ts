import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@collexis/platform/embedded';
import { freePort, postGraphQL } from '@collexis/platform/http';
import { accessTokenHeaders, eventually, readerCaller, testKeys, viewers } from '@collexis/platform/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoanRef, loansWithCases, paymentInput, RECORD_PAYMENT } from './support/payments';
import { type ServiceProcesses, startServiceProcesses } from './support/service-processes';

/** The gateway's bound on each subgraph fetch in this file; the subgraphs' statement timeout is below it. */
const SUBGRAPH_TIMEOUT_MS = 4_000;
const LOAN_QUERY =
  'query Loan($cif: String!) { customer(cif: $cif) { cif loans { accountNumber outstanding } } }';

/** The postmaster (first line of postmaster.pid) and every process it started: the whole server. */
async function serverProcesses(dataDir: string): Promise<number[]> {
  const postmaster = Number((await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid ...: the fields after the command's closing parenthesis.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === postmaster) children.push(Number(entry));
  }
  return [postmaster, ...children];
}

describe('PostgreSQL frozen (SIGSTOP of every server process) longer than the request deadline', () => {
  let folder: string;
  let stopPostgres: () => Promise<void>;
  let system: ServiceProcesses;
  let sql: pg.Pool;
  let loan: LoanRef;

  beforeAll(async () => {
    // A server of its own: freezing the run's shared one would stall every other test file.
    folder = await mkdtemp(join(tmpdir(), 'collexis-frozen-'));
    await chmod(folder, 0o755);
    const server = await startEmbeddedPostgres({
      dataDir: join(folder, 'data'),
      port: await freePort(),
      persistent: false,
    });
    stopPostgres = () => server.stop();
    system = await startServiceProcesses({
      databaseUrl: server.url,
      demo: { customers: 20 },
      subgraphEnv: { STATEMENT_TIMEOUT_MS: '1000' },
      gatewayEnv: { SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS) },
    });
    sql = new pg.Pool({ connectionString: server.url, max: 2 });
    const [first] = await loansWithCases(sql, 1);
    if (!first) throw new Error('no loan with a case in the demo data');
    loan = first;
  });
  afterAll(async () => {
    await sql?.end();
    await system?.stop();
    await stopPostgres?.();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('fails requests within the deadline with coded errors, recovers after SIGCONT, and balances stay exact', async () => {
    const gateway = system.services.gateway.url;
    const reader = await accessTokenHeaders(await testKeys(), readerCaller);
    const processor = await accessTokenHeaders(await testKeys(), viewers.paymentProcessor);
    const outstanding = async () => {
      const { rows } = await sql.query<{ outstanding: string }>(
        'SELECT outstanding FROM bank_sync_service.loans WHERE account_number = $1',
        [loan.accountNumber],
      );
      return Math.round(Number(rows[0]?.outstanding) * 100);
    };
    const before = await outstanding();
    const pay = (amount: string) =>
      postGraphQL(gateway, RECORD_PAYMENT, { input: paymentInput(loan, amount) }, processor);
    expect((await pay('10.00')).errors).toBeUndefined();

    const frozen = await serverProcesses(join(folder, 'data'));
    for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    try {
      for (const request of [
        () => postGraphQL(gateway, LOAN_QUERY, { cif: loan.cif }, reader),
        () => pay('20.00'),
      ]) {
        const sentAt = Date.now();
        const answer = await request();
        expect(Date.now() - sentAt).toBeLessThan(SUBGRAPH_TIMEOUT_MS + 1_000);
        expect(answer.errors?.length).toBeGreaterThan(0);
        for (const error of answer.errors ?? []) {
          expect(['DATABASE_UNAVAILABLE', 'SUBGRAPH_TIMEOUT']).toContain(error.extensions?.code);
        }
      }
    } finally {
      for (const pid of frozen) process.kill(pid, 'SIGCONT');
    }

    await eventually(
      async () => (await postGraphQL(gateway, LOAN_QUERY, { cif: loan.cif }, reader)).errors === undefined,
      'queries are answered again',
      { timeoutMs: 30_000 },
    );
    expect((await pay('30.00')).errors).toBeUndefined();
    // Whatever was recorded (the payment sent during the freeze may or may not have been), bank-sync applied
    // exactly the payments that exist, once each.
    await eventually(
      async () => {
        const { rows } = await sql.query<{ cents: string }>(
          'SELECT coalesce(sum(round(amount * 100)), 0)::text AS cents FROM payment_service.payments WHERE loan_account_number = $1 AND reference_number LIKE $2',
          [loan.accountNumber, `T${process.pid}%`],
        );
        return (await outstanding()) === before - Number(rows[0]?.cents);
      },
      'bank-sync applied every recorded payment once',
      { timeoutMs: 30_000 },
    );
  });
});
