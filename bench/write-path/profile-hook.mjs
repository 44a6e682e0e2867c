// A CPU profile of a window of a process's life, for `pnpm bench --targets write-path` with CPU_PROFILE_DIR set
// (bench/README.md, "Write path"). Loaded into every process through NODE_OPTIONS="--import=<this file>"
// (Node 20 refuses --cpu-prof there); SIGUSR2 starts the profile and a second SIGUSR2 writes it to
// $CPU_PROFILE_DIR/<pid>.cpuprofile. Without CPU_PROFILE_DIR it does nothing.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const directory = process.env.CPU_PROFILE_DIR;
if (directory) {
  let session = null;
  process.on('SIGUSR2', () => {
    if (session === null) {
      session = new Session();
      session.connect();
      session.post('Profiler.enable');
      session.post('Profiler.setSamplingInterval', { interval: 200 });
      session.post('Profiler.start');
      return;
    }
    const open = session;
    session = null;
    open.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(join(directory, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
      open.disconnect();
    });
  });
}
