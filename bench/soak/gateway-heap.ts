/**
 * The gateway's V8 heap as its own /metrics reports it (prom-client's process metrics): what part of its RSS
 * is JavaScript heap, and how much of that heap is in use (live objects and garbage not yet collected).
 */
export interface HeapSample {
  usedMiB: number;
  totalMiB: number;
}

const METRICS = {
  used: 'nodejs_heap_size_used_bytes',
  total: 'nodejs_heap_size_total_bytes',
} as const;

function gauge(text: string, name: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) / 1024 ** 2 : Number.NaN;
}

/** Reads the heap figures of the service answering at `url` (any of its URLs); NaN when it cannot. */
export async function sampleHeap(url: string): Promise<HeapSample> {
  try {
    const response = await fetch(new URL('/metrics', url));
    const text = await response.text();
    return { usedMiB: gauge(text, METRICS.used), totalMiB: gauge(text, METRICS.total) };
  } catch {
    return { usedMiB: Number.NaN, totalMiB: Number.NaN };
  }
}
