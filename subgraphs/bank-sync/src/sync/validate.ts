import { z } from 'zod';
import { recordColumns, type SyncEntity, type SyncEntityName, syncEntities } from './entities';
import { decodeField, type FieldSpec, type FieldValue, fieldSpecOf } from './fields';

/** The code of a rejection, as GraphQL errors spell them: invalid field, unknown parent, duplicate or mismatch. */
export type SyncErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';

export interface RecordIssue {
  code: SyncErrorCode;
  /** The record field at fault (its column name); null when the record as a whole is unreadable. */
  field: string | null;
  reason: string;
}

/** A valid record: every record column of the entity, by column name, ready to be written. */
export type SyncRecord = Readonly<Record<string, FieldValue>>;

export type Validation = { ok: true; record: SyncRecord } | { ok: false; issues: RecordIssue[] };

type RecordSchema = z.ZodType<Record<string, FieldValue>>;

function fieldSchema(
  entity: SyncEntity,
  name: string,
  spec: FieldSpec,
  required: boolean,
  fallback: FieldValue,
) {
  const rule = entity.rules[name];
  return z.unknown().transform((value, ctx): FieldValue => {
    if (value === undefined || value === null) {
      if (!required) return fallback;
      ctx.addIssue({ code: 'custom', message: 'is required' });
      return z.NEVER;
    }
    const decoded = decodeField(spec, value);
    if (!decoded.ok) {
      ctx.addIssue({ code: 'custom', message: decoded.reason });
      return z.NEVER;
    }
    const broken = rule && typeof decoded.value === 'string' ? rule(decoded.value) : undefined;
    if (broken) {
      ctx.addIssue({ code: 'custom', message: broken });
      return z.NEVER;
    }
    return decoded.value;
  });
}

/**
 * The zod schema of one entity's records, derived from its table: every VARCHAR's length, every DECIMAL's
 * scale and every NOT NULL come from the column definitions, so records and table cannot disagree.
 * `source_system` may be left out (the run's source system applies); a NOT NULL column with a default
 * (is_primary, is_verified) takes the default when left out.
 */
function buildSchema(entity: SyncEntity): RecordSchema {
  const shape: Record<string, z.ZodType<FieldValue>> = {};
  const keyFields: readonly string[] = entity.key;
  for (const [name, column] of recordColumns(entity)) {
    const values = entity.enums[name];
    const spec: FieldSpec = values ? { kind: 'enum', values } : fieldSpecOf(column);
    const required =
      keyFields.includes(name) || (column.notNull && !column.hasDefault && name !== 'source_system');
    const fallback = typeof column.default === 'boolean' ? column.default : null;
    shape[name] = fieldSchema(entity, name, spec, required, fallback);
  }
  return z.strictObject(shape);
}

const schemas = new Map<SyncEntityName, RecordSchema>();

function schemaOf(entity: SyncEntity): RecordSchema {
  let schema = schemas.get(entity.name);
  if (!schema) {
    schema = buildSchema(entity);
    schemas.set(entity.name, schema);
  }
  return schema;
}

/** Validates one record of a core export (a JSON object or a CSV row) against its entity's table. */
export function validateRecord(entityName: SyncEntityName, raw: unknown): Validation {
  const entity = syncEntities[entityName];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      issues: [{ code: 'BAD_USER_INPUT', field: null, reason: 'is not an object of fields' }],
    };
  }
  // A field left out is null, as an empty CSV cell is; zod then sees every field. An unknown field is
  // rejected when it carries a value; an empty one is ignored, since one CSV header serves every row.
  const columns = recordColumns(entity);
  const given = Object.entries(raw).filter(
    ([name, value]) => columns.has(name) || (value !== null && value !== undefined),
  );
  const record = {
    ...Object.fromEntries([...columns.keys()].map((name) => [name, null])),
    ...Object.fromEntries(given),
  };
  const result = schemaOf(entity).safeParse(record);
  if (result.success) return { ok: true, record: result.data };
  const issues = result.error.issues.flatMap((issue): RecordIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        code: 'BAD_USER_INPUT',
        field: key,
        reason: `is not a field of ${entity.name}; fields are ${[...columns.keys()].join(', ')}`,
      }));
    }
    return [
      { code: 'BAD_USER_INPUT', field: issue.path.map(String).join('.') || null, reason: issue.message },
    ];
  });
  return { ok: false, issues };
}

/** The natural key of a record as one string (`CIF001`, `CIF001/MOBILE`), also for invalid records when present. */
export function naturalKeyOf(entityName: SyncEntityName, raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const parts = syncEntities[entityName].key.map((field) => {
    const value: unknown = Reflect.get(raw, field);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
  });
  return parts.some((part) => part === null) ? null : parts.join('/');
}
