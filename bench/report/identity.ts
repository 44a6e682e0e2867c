/** The report's section on verified identity: what each target does with the token, and what it costs. */
import type { OurVariant } from '../processes';
import { cpuPerRequest, findRun, isGateway } from './runs';
import type { BenchResults } from './types';

/** Our gateway's variants (processes.ts), the default first: the table uses the first that ran. */
const OUR_VARIANTS: readonly OurVariant[] = ['ours', 'ours-unshared', 'ours-stock'];

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

const WHAT_EACH_DOES = [
  '- **ours** (every variant): verifies the access token (ES256, `jose`), removes the fields the caller may not ' +
    "see by the SDL's `@requiresScopes` before planning, enforces the request limits (decision 0020), and signs " +
    'each subgraph a credential of its own for the caller (reused per caller and subgraph for about 50 s). ' +
    'Each subgraph verifies its credential and enforces the same rules on every request.',
  "- **floor**: verifies the access token with the gateway's verifier; its schema declares no access rules " +
    'and it has no request limits.',
  "- **hive-js, hive-rust**: verify the access token with Hive Gateway's JWT plugin (`jsonwebtoken`, same " +
    'key, issuer and audience). They cannot sign our credentials, so each subgraph request carries a credential ' +
    "signed by the bench for that subgraph and the bench's reader before the peer started, valid for its whole " +
    'run: a static header, whoever the client is. They enforce neither our access rules nor our limits; the ' +
    'subgraphs still verify each credential and enforce the rules.',
];

export function identitySection(results: BenchResults): string[] {
  const lines = [
    '## Identity',
    '',
    "Every request of every target carries an AGENT's access token (`Authorization: Bearer`), signed by the " +
      "bench's own identity provider key (bench/.data/keys); the fan-out's clients send one in connection_init " +
      'and its writer a PAYMENT_PROCESSOR credential for the payment subgraph.',
    '',
    ...WHAT_EACH_DOES,
    '',
  ];
  const cost = results.identityCost;
  if (!cost) return lines;
  const top = Math.max(...results.connections);
  const variant = OUR_VARIANTS.find((target) => results.runs.some((run) => run.target === target)) ?? 'ours';
  lines.push(
    `Timed in the bench process with the project's own code (CPU µs each, ${cost.samples.toLocaleString('en-US')} ` +
      `samples): verifying an access token **${fixed(cost.accessTokenMicros, 0)} µs** (the gateway, the first ` +
      `time it sees it), verifying a subgraph credential **${fixed(cost.credentialMicros, 0)} µs** (each ` +
      'subgraph, the first time), verifying either again while it is remembered (30 s at most, decision 0040) ' +
      `${fixed(cost.rememberedMicros, 1)} µs, signing a credential ${fixed(cost.signMicros, 0)} µs ` +
      `(the gateway, once a minute per caller and subgraph). Against ${variant}'s gateway CPU per request at ` +
      `${top} connections, a first verification of the token would be:`,
    '',
    `| scenario | ${variant} gateway CPU ms/req | first verification ms/req | share |`,
    '|---|---:|---:|---:|',
  );
  for (const scenario of results.scenarios) {
    const gateway = cpuPerRequest(findRun(results, scenario.name, variant, top), isGateway);
    const verification = cost.accessTokenMicros / 1000;
    lines.push(
      `| ${scenario.name} | ${fixed(gateway, 2)} | ${fixed(verification, 2)} | ${fixed((verification / gateway) * 100, 0)}% |`,
    );
  }
  lines.push(
    '',
    'Authorization and the limits are not timed apart in a run: they cannot be turned off, and their CPU is ' +
      "inside ours' gateway CPU per request above. bench/README.md has ours' CPU per request before and after " +
      'access rules, limits and identity, measured by alternating runs of the bench from before them and this one.',
    '',
  );
  return lines;
}
