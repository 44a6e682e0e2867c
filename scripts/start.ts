import { domainNames, migrateAll, seedAll } from '@collexis/stack';
import { openStackDatabase } from './database';
import { readStackEnv } from './env';
import { type ServiceProcess, startServiceProcess, stopProcesses } from './processes';

const EXAMPLE_QUERY = `query Customer360 {
  customers(filter: { status: ACTIVE }, first: 1) {
    nodes {
      cif name companyName
      phones { type number isPrimary }
      loans { accountNumber productType outstanding dpd delinquencyStatus
        dueSegmentations { dueDate principalAmount interestAmount }
        payments(first: 3) { nodes { referenceNumber amount paymentDate status } } }
      case { customerStatus assignedCallAgent { name } assignedFieldAgent { name } }
      actions(first: 3) { nodes { type actionResult actionDate agent { name } } }
    }
  }
}`;

const log = (line: string) => console.log(`[start] ${line}`);

async function main() {
  const env = readStackEnv();
  const database = await openStackDatabase(env, log);
  const processes: ServiceProcess[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping services');
    await stopProcesses(processes);
    await database.stop();
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    await migrateAll(database.url, log);
    if (env.DEMO_CUSTOMERS > 0) {
      await seedAll(
        { url: database.url, statementTimeoutMs: 0 },
        { customers: env.DEMO_CUSTOMERS, seed: env.DEMO_SEED },
        log,
      );
    }
    const subgraphPorts = {
      'bank-sync': env.BANK_SYNC_PORT,
      payment: env.PAYMENT_PORT,
      workflow: env.WORKFLOW_PORT,
    };
    const subgraphs = await Promise.all(
      domainNames.map((name) =>
        startServiceProcess(name, `subgraphs/${name}/src/main.ts`, {
          PORT: String(subgraphPorts[name]),
          DATABASE_URL: database.url,
        }),
      ),
    );
    processes.push(...subgraphs);
    const [bankSyncUrl, paymentUrl, workflowUrl] = subgraphs.map((s) => s.url);
    const gateway = await startServiceProcess('gateway', 'gateway/src/main.ts', {
      PORT: String(env.GATEWAY_PORT),
      BANK_SYNC_URL: bankSyncUrl ?? '',
      PAYMENT_URL: paymentUrl ?? '',
      WORKFLOW_URL: workflowUrl ?? '',
    });
    processes.push(gateway);
    for (const service of processes) {
      void service.exited.then(async (code) => {
        if (!stopping) await shutdown(code ?? 1);
      });
    }
    console.log(
      `\nCollexis graph is up: ${gateway.url}\n\nTry:\n  curl -s ${gateway.url} -H 'content-type: application/json' \\\n    -d '${JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') })}'\n\nCtrl-C stops everything.`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

await main();
