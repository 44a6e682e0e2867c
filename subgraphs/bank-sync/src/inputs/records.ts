import { decodeField, type FieldSpec, type FieldValue, fieldSpecOf } from './fields';
import { recordColumns, type SyncEntity, type SyncEntityName, syncEntities } from './sync-entities';

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

/** One column's rule, read once per entity from its Drizzle column. */
interface FieldRule {
  name: string;
  spec: FieldSpec;
  required: boolean;
  /** The value of a field left out that is not required. */
  fallback: FieldValue;
  /** The entity's extra rule for the field, if any. */
  check: ((value: string) => string | undefined) | undefined;
}

interface Validator {
  fields: readonly FieldRule[];
  names: ReadonlySet<string>;
  /** The reason an unknown field is rejected, the same for every record of the entity. */
  unknownReason: string;
}

/**
 * The rules of one entity's records, derived from its table: every VARCHAR's length, every DECIMAL's scale
 * and every NOT NULL come from the column definitions, so records and table cannot disagree.
 * `source_system` may be left out (the run's source system applies); a NOT NULL column with a default
 * (is_primary, is_verified) takes the default when left out.
 */
function buildValidator(entity: SyncEntity): Validator {
  const keyFields: readonly string[] = entity.key;
  const columns = recordColumns(entity);
  const fields = [...columns].map(([name, column]): FieldRule => {
    const values = entity.enums[name];
    return {
      name,
      spec: values ? { kind: 'enum', values } : fieldSpecOf(column),
      required:
        keyFields.includes(name) || (column.notNull && !column.hasDefault && name !== 'source_system'),
      fallback: typeof column.default === 'boolean' ? column.default : null,
      check: entity.rules[name],
    };
  });
  return {
    fields,
    names: new Set(columns.keys()),
    unknownReason: `is not a field of ${entity.name}; fields are ${[...columns.keys()].join(', ')}`,
  };
}

const validators = new Map<SyncEntityName, Validator>();

function validatorOf(entity: SyncEntity): Validator {
  let validator = validators.get(entity.name);
  if (!validator) {
    validator = buildValidator(entity);
    validators.set(entity.name, validator);
  }
  return validator;
}

function isFieldObject(raw: unknown): raw is Readonly<Record<string, unknown>> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** The reason a present value is wrong for its field, or the decoded value. */
function decodeRule(field: FieldRule, value: unknown): { value: FieldValue } | { reason: string } {
  if (value === undefined || value === null) {
    return field.required ? { reason: 'is required' } : { value: field.fallback };
  }
  const decoded = decodeField(field.spec, value);
  if (!decoded.ok) return { reason: decoded.reason };
  const broken = field.check && typeof decoded.value === 'string' ? field.check(decoded.value) : undefined;
  return broken ? { reason: broken } : { value: decoded.value };
}

/**
 * Validates one record of a core export (a JSON object or a CSV row) against its entity's table. A field left
 * out is null, as an empty CSV cell is. An unknown field is rejected when it carries a value; an empty one is
 * ignored, since one CSV header serves every row. Issues come in column order, unknown fields last. Runs once
 * per record of every import, so it makes one pass over the columns and allocates only the record it returns.
 */
export function validateRecord(entityName: SyncEntityName, raw: unknown): Validation {
  if (!isFieldObject(raw)) {
    return {
      ok: false,
      issues: [{ code: 'BAD_USER_INPUT', field: null, reason: 'is not an object of fields' }],
    };
  }
  const validator = validatorOf(syncEntities[entityName]);
  const record: Record<string, FieldValue> = {};
  const issues: RecordIssue[] = [];
  for (const field of validator.fields) {
    const outcome = decodeRule(field, Object.hasOwn(raw, field.name) ? raw[field.name] : null);
    if ('reason' in outcome) {
      issues.push({ code: 'BAD_USER_INPUT', field: field.name, reason: outcome.reason });
    } else {
      record[field.name] = outcome.value;
    }
  }
  for (const name of Object.keys(raw)) {
    const value = raw[name];
    if (!validator.names.has(name) && value !== null && value !== undefined) {
      issues.push({ code: 'BAD_USER_INPUT', field: name, reason: validator.unknownReason });
    }
  }
  return issues.length === 0 ? { ok: true, record } : { ok: false, issues };
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
