/** Reading a service's Prometheus text the way a scraper does: GET /metrics, no token. */

/** The /metrics URL of a service whose GraphQL answers at `graphqlUrl`. */
export const metricsUrlOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/metrics');

export async function scrape(graphqlUrl: string): Promise<string> {
  const response = await fetch(metricsUrlOf(graphqlUrl));
  if (response.status !== 200) throw new Error(`/metrics answered HTTP ${response.status}`);
  return response.text();
}

/** The sum of every sample of a metric whose labels match (as in sampleValue); 0 when none does. */
export function sampleTotal(text: string, name: string, labels: Record<string, string> = {}): number {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .reduce((total, line) => total + (sampleValue(line, name, labels) ?? 0), 0);
}

/**
 * The value of one sample, by metric name and labels (every label given must match; others may exist);
 * undefined when no sample matches.
 */
export function sampleValue(
  text: string,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/([a-zA-Z_]+)="((?:[^"\\]|\\.)*)"/g)].map((label) => [
        label[1],
        label[2],
      ]),
    );
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) return Number(match[3]);
  }
  return undefined;
}
