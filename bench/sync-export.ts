/**
 * Customer exports as core banking drops them in bank-sync's inbox: JSON Lines with seed 000's column names in
 * snake_case, the customers of @collexis/demo-data (deterministic, seed 1).
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type CustomerRow, demoChunks } from '@collexis/demo-data';

export interface CustomerExports {
  /** Every customer as generated. */
  basePath: string;
  /** The same customers with every `changedEvery`-th one's status flipped. */
  changedPath: string;
  changedRecords: number;
  bytes: number;
}

/** One customer as a core-system export line; `source_system` is left out, so the run's own applies. */
function exportRecord(row: CustomerRow, status: string) {
  return {
    cif: row.cif,
    type: row.type,
    name: row.name,
    date_of_birth: row.dateOfBirth,
    national_id: row.nationalId,
    gender: row.gender,
    company_name: row.companyName,
    registration_number: row.registrationNumber,
    tax_id: row.taxId,
    segment: row.segment,
    status,
  };
}

async function write(out: WriteStream, line: string): Promise<void> {
  if (!out.write(line)) await once(out, 'drain');
}

async function close(out: WriteStream): Promise<void> {
  out.end();
  await once(out, 'finish');
}

/** Writes both files in one pass over the generator, line by line, so memory stays at one chunk. */
export async function writeCustomerExports(
  customers: number,
  paths: { base: string; changed: string },
  changedEvery: number,
): Promise<CustomerExports> {
  const base = createWriteStream(paths.base);
  const changed = createWriteStream(paths.changed);
  let index = 0;
  let changedRecords = 0;
  for (const chunk of demoChunks({ customers, seed: 1 }, 1_000)) {
    for (const row of chunk.bankSync.customers) {
      const flip = index % changedEvery === 0;
      const status = flip ? (row.status === 'ACTIVE' ? 'INACTIVE' : 'ACTIVE') : row.status;
      if (flip) changedRecords += 1;
      await write(base, `${JSON.stringify(exportRecord(row, row.status))}\n`);
      await write(changed, `${JSON.stringify(exportRecord(row, status))}\n`);
      index += 1;
    }
  }
  await Promise.all([close(base), close(changed)]);
  return {
    basePath: paths.base,
    changedPath: paths.changed,
    changedRecords,
    bytes: (await stat(paths.base)).size,
  };
}
