/** CPU time and resident memory of a process and its descendants, read from /proc (Linux only). */
import { readdir, readFile } from 'node:fs/promises';

/** Clock ticks per second of /proc/<pid>/stat times; 100 on every Linux this runs on (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

export interface ProcessSample {
  /** User plus system CPU time, in milliseconds, of the process tree. */
  cpuMs: number;
  /** Resident set size, in MiB, of the process tree. */
  rssMiB: number;
}

interface StatLine {
  pid: number;
  ppid: number;
  cpuMs: number;
}

async function readStat(pid: number): Promise<StatLine | null> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    // utime, stime, and cutime, cstime of children already reaped: a PostgreSQL backend that exits moves its
    // time into the postmaster's cutime, so the tree's total never goes backwards.
    const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
    return { pid, ppid, cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

async function readRssMiB(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match?.[1] ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The pid and every descendant of it (a CLI may fork workers). */
async function processTree(root: number): Promise<StatLine[]> {
  const entries = await readdir('/proc');
  const stats = await Promise.all(
    entries.filter((name) => /^\d+$/.test(name)).map((name) => readStat(Number(name))),
  );
  const byParent = new Map<number, StatLine[]>();
  let rootLine: StatLine | null = null;
  for (const line of stats) {
    if (!line) continue;
    if (line.pid === root) rootLine = line;
    const siblings = byParent.get(line.ppid) ?? [];
    siblings.push(line);
    byParent.set(line.ppid, siblings);
  }
  if (!rootLine) return [];
  const tree: StatLine[] = [rootLine];
  for (let index = 0; index < tree.length; index += 1) {
    const current = tree[index];
    if (current) tree.push(...(byParent.get(current.pid) ?? []));
  }
  return tree;
}

export async function sampleProcess(pid: number): Promise<ProcessSample> {
  const tree = await processTree(pid);
  const rss = await Promise.all(tree.map((line) => readRssMiB(line.pid)));
  return {
    cpuMs: tree.reduce((sum, line) => sum + line.cpuMs, 0),
    rssMiB: rss.reduce((sum, value) => sum + value, 0),
  };
}
