/**
 * What the CPU profiles taken while building the bench point at, where a read target is missed or close.
 * Written by hand from `node --cpu-prof` runs (decisions 0016 and 0018); revise when the code moves.
 */
export const PROFILE_NOTES = [
  '## What the profiles point at',
  '',
  "- **Gateway.** With the stock executor, a third of the gateway's busy CPU under Customer 360 was Node's " +
    'fetch (undici behind web streams, a Request and Response per subgraph call) and much of the rest was ' +
    'rebuilding and walking the federation Operation per request. Our executor removed both (decision 0016): ' +
    'gateway CPU per Customer 360 fell from about 3.3-5.0 ms to 1.2-2.5 ms (table above). What remains is ' +
    "mostly socket writes and Apollo Server's request pipeline.",
  '- **Subgraphs.** drizzle-orm building SQL per DataLoader batch was the largest consumer in every subgraph; ' +
    "prepared statements (decision 0018) halved Customer 360 CPU in bank-sync, payment and workflow. drizzle's " +
    'per-row result mapping is now its largest remaining cost, worst on window-function pages and timestamps; ' +
    'reading hot loaders with plain pg rows is the next lever.',
  '- **Customer 360 p99 against the floor at 1 and 8 connections.** The federated plan is three dependent ' +
    'rounds of subgraph HTTP (customer; then loans, case and actions; then payments and agents), each a ' +
    'serialise-send-parse on both sides, where the floor resolves in one process. At low concurrency that ' +
    'latency, not CPU, is the gap; fewer dependent rounds (payments fetched by CIF in the second round ' +
    'rather than by loan in the third) or a cheaper subgraph response path would narrow it.',
  '- **Throughput against Hive Gateway JS (Customer 360, 1.5x).** At the limit: the remaining CPU per request ' +
    'is mostly in the subgraphs and PostgreSQL, shared by every gateway, so a faster gateway alone moves the ' +
    'ratio little more.',
  '',
];
