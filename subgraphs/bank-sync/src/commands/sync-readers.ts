import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';

/** Where a record came from: a line of an inbox file, or a position in a pushed batch. */
export type RecordLocation = { file: string; line: number } | { batchIndex: number };

/** One record as read, before validation; `unreadable` says why a line could not even be parsed. */
export interface SourceRecord {
  location: RecordLocation;
  raw: unknown;
  unreadable: string | null;
}

/**
 * The records of a JSON Lines file, one per non-blank line, streamed: readline hands over one line at a
 * time and the file is read as the records are consumed, so memory does not grow with the file.
 */
export async function* readJsonLines(path: string, file: string): AsyncGenerator<SourceRecord> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line += 1;
      if (text.trim() === '') continue;
      const location = { file, line };
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        yield { location, raw: null, unreadable: 'is not valid JSON' };
        continue;
      }
      yield { location, raw, unreadable: null };
    }
  } finally {
    // Also when the reader stops early (a failed batch): the file is closed, not left to the collector.
    lines.close();
    input.destroy();
  }
}

interface CsvItem {
  info: { lines: number };
  record: Record<string, string | null>;
}

function isCsvItem(item: unknown): item is CsvItem {
  return typeof item === 'object' && item !== null && 'info' in item && 'record' in item;
}

/**
 * The rows of a CSV file with a header row of column names, streamed through csv-parse. An empty cell is
 * null. A row the parser cannot read (wrong number of cells, an unclosed quote) is reported, not fatal.
 */
export async function* readCsv(path: string, file: string): AsyncGenerator<SourceRecord> {
  const skipped: SourceRecord[] = [];
  const input = createReadStream(path);
  const parser = input.pipe(
    parse({
      bom: true,
      columns: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      cast: (value) => (value === '' ? null : value),
      on_skip: (error) => {
        const line = typeof error?.lines === 'number' ? error.lines : 0;
        skipped.push({
          location: { file, line },
          raw: null,
          unreadable: error?.message ?? 'is not a valid CSV row',
        });
        return undefined;
      },
    }),
  );
  try {
    for await (const item of parser) {
      yield* skipped.splice(0);
      if (!isCsvItem(item)) continue;
      yield { location: { file, line: item.info.lines }, raw: item.record, unreadable: null };
    }
    yield* skipped.splice(0);
  } finally {
    parser.destroy();
    input.destroy();
  }
}

/** The pushed records of `pushSyncBatch`, located by their index in the request. */
export function pushedRecords(records: readonly unknown[]): SourceRecord[] {
  return records.map((raw, batchIndex) => ({ location: { batchIndex }, raw, unreadable: null }));
}

/** Groups a stream of records into arrays of at most `size`, pulling the next record only when needed. */
export async function* inBatches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The items of `source`, asking for the next one as soon as the current one is handed over, so that the
 * source's work (reading, parsing, validating the next batch) overlaps the consumer's (writing this one).
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    for (let result = await next; !result.done; result = await next) {
      next = iterator.next();
      yield result.value;
    }
  } finally {
    // A consumer that stops early leaves a pull in flight: its failure is nobody's to report any more, and
    // the source is closed once it has settled (its files closed by its own finally).
    next.catch(() => {});
    await iterator.return?.();
  }
}
