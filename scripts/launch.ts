import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `pnpm start`: runs the launcher (scripts/start.ts) in a process group of its own. A terminal's Ctrl-C
 * signals its whole foreground group at once: the services and the embedded PostgreSQL would each stop on
 * their own, in any order (the database under requests still running), and pnpm's shell would die of the
 * signal (pnpm's "ELIFECYCLE Command failed"). Here only this process and pnpm get it; this one asks the
 * launcher to stop (gateway, subgraphs, then the database) and exits with the launcher's code.
 */
const launcher = spawn(
  process.execPath,
  ['--import', 'tsx', fileURLToPath(new URL('./start.ts', import.meta.url))],
  {
    stdio: 'inherit',
    detached: true,
  },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => launcher.kill(signal));
}
launcher.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
