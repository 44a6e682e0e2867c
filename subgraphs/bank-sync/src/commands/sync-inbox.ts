import { mkdir, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type CoreSourceSystem,
  coreSourceSystems,
  isCoreSourceSystem,
  isSyncEntityName,
  type SyncEntityName,
  syncEntityNames,
} from '../inputs/sync-entities';
import { readCsv, readJsonLines, type SourceRecord } from './sync-readers';

/** An export a core system dropped in the inbox: `<SOURCE>_<entity>[_<anything>].jsonl|csv`. */
export interface InboxFile {
  name: string;
  path: string;
  sourceSystem: CoreSourceSystem;
  entity: SyncEntityName;
  format: 'jsonl' | 'csv';
}

const FILE_NAME = new RegExp(
  `^(${coreSourceSystems.join('|')})_(${syncEntityNames.join('|')})(?:_[^/\\\\]*)?\\.(jsonl|csv)$`,
);

/** Reads a file name of the inbox; null for a name that is not an export (it is left alone). */
export function parseInboxFileName(inbox: string, name: string): InboxFile | null {
  const match = FILE_NAME.exec(name);
  if (!match) return null;
  const [, sourceSystem = '', entity = '', format] = match;
  if (
    !isCoreSourceSystem(sourceSystem) ||
    !isSyncEntityName(entity) ||
    (format !== 'jsonl' && format !== 'csv')
  ) {
    return null;
  }
  return { name, path: join(inbox, name), sourceSystem, entity, format };
}

/**
 * The source system's exports of the given entity types waiting in the inbox, in dependency order of their
 * entity type, then by name. A missing inbox holds no files.
 */
export async function listInboxFiles(
  inbox: string,
  sourceSystem: CoreSourceSystem,
  entities: readonly SyncEntityName[],
): Promise<InboxFile[]> {
  let names: string[];
  try {
    names = await readdir(inbox);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
  const rank = (entity: SyncEntityName) => syncEntityNames.indexOf(entity);
  return names
    .map((name) => parseInboxFileName(inbox, name))
    .filter(
      (file): file is InboxFile =>
        file !== null && file.sourceSystem === sourceSystem && entities.includes(file.entity),
    )
    .sort((a, b) => rank(a.entity) - rank(b.entity) || a.name.localeCompare(b.name));
}

/** Streams the file's records in its format. */
export function readInboxFile(file: InboxFile): AsyncGenerator<SourceRecord> {
  return file.format === 'csv' ? readCsv(file.path, file.name) : readJsonLines(file.path, file.name);
}

/** Moves a fully processed file to `<inbox>/processed/<run id>/`, so the next run does not read it again. */
export async function moveToProcessed(inbox: string, runId: string, file: InboxFile): Promise<void> {
  const folder = join(inbox, 'processed', runId);
  await mkdir(folder, { recursive: true });
  await rename(file.path, join(folder, file.name));
}
