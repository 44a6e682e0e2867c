import { z } from 'zod';
import { code, naturalKey, notes, pastMoment, uuid } from './common';

/** The five statuses of a case, in the order of seed 000's columns. */
export const CASE_STATUSES = [
  'customerStatus',
  'collateralStatus',
  'processingStateStatus',
  'lendingViolationStatus',
  'recoveryAbilityStatus',
] as const;
export type CaseStatusField = (typeof CASE_STATUSES)[number];

const status = code(30).nullish();

export const recordCaseActionInput = z
  .object({
    cif: naturalKey('cif'),
    agentId: uuid,
    actionDate: pastMoment.nullish(),
    notes: notes.nullish(),
    customerStatus: status,
    collateralStatus: status,
    processingStateStatus: status,
    lendingViolationStatus: status,
    recoveryAbilityStatus: status,
    fUpdate: z.date().nullish(),
  })
  .refine((input) => input.notes != null || CASE_STATUSES.some((field) => input[field] != null), {
    message: 'give notes or at least one status',
    path: ['notes'],
  });

export type RecordCaseAction = z.infer<typeof recordCaseActionInput>;
