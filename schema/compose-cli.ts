import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSupergraph, supergraphPath } from './compose';

try {
  writeFileSync(supergraphPath, composeSupergraph());
  console.log(`wrote ${fileURLToPath(supergraphPath)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
