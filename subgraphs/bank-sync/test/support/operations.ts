/** The fields of a run the tests read. */
export const RUN_FIELDS = /* GraphQL */ `
  id sourceSystem entityTypes trigger triggeredBy status startedAt finishedAt
  insertedCount updatedCount unchangedCount rejectedCount files failureReason
  entities { entityType files insertedCount updatedCount unchangedCount rejectedCount }
  errors(first: 100) { nodes { entityType code file line batchIndex naturalKey field reason } }
`;

export const RUN_SYNC = /* GraphQL */ `
  mutation RunSync($input: RunSyncInput!) { runSync(input: $input) { run { ${RUN_FIELDS} } } }
`;

export const PUSH_SYNC_BATCH = /* GraphQL */ `
  mutation Push($input: PushSyncBatchInput!) { pushSyncBatch(input: $input) { run { ${RUN_FIELDS} } } }
`;

export interface RunError {
  entityType: string;
  code: string;
  file: string | null;
  line: number | null;
  batchIndex: number | null;
  naturalKey: string | null;
  field: string | null;
  reason: string;
}

export interface Run {
  id: string;
  sourceSystem: string;
  entityTypes: string[];
  trigger: string;
  triggeredBy: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  insertedCount: number;
  updatedCount: number;
  unchangedCount: number;
  rejectedCount: number;
  files: string[];
  failureReason: string | null;
  entities: {
    entityType: string;
    files: string[];
    insertedCount: number;
    updatedCount: number;
    unchangedCount: number;
    rejectedCount: number;
  }[];
  errors: { nodes: RunError[] };
}
