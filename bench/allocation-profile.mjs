/**
 * Preloaded into a process (`NODE_OPTIONS=--import <this file>` with ALLOCATION_PROFILE_DIR set): on SIGUSR2 it
 * starts V8's sampling heap profiler, counting objects already collected as well (so it measures what a
 * request allocates, not what it keeps), and at exit writes a `.heapprofile` into ALLOCATION_PROFILE_DIR.
 * Signalled after a warm-up, it leaves start-up out. Bytes per request, unlike CPU time, do not depend on the
 * machine (bench/README.md, "Allocation per Customer 360 request").
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const directory = process.env.ALLOCATION_PROFILE_DIR;
if (directory) {
  const session = new Session();
  session.connect();
  session.post('HeapProfiler.enable');
  let sampling = false;
  process.on('SIGUSR2', () => {
    if (sampling) return;
    sampling = true;
    session.post('HeapProfiler.startSampling', {
      samplingInterval: 8192,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  });
  // A session in the process's own thread answers synchronously, so the profile is written before exit.
  process.on('exit', () => {
    if (!sampling) return;
    session.post('HeapProfiler.stopSampling', (error, result) => {
      if (!error)
        writeFileSync(join(directory, `${process.pid}.heapprofile`), JSON.stringify(result.profile));
    });
  });
}
