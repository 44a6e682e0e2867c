import { z } from 'zod';
import { code, naturalKey, notes, pastMoment, uuid } from './common';

/** A decimal string (the Decimal scalar has checked its form) within [-limit, limit], at most 8 decimals. */
const coordinate = (limit: number) =>
  z
    .string()
    .refine((value) => (value.split('.')[1] ?? '').length <= 8, 'has at most 8 decimals')
    .refine((value) => Math.abs(Number(value)) <= limit, `must be between -${limit} and ${limit}`);

export const recordActionInput = z
  .object({
    cif: naturalKey('cif'),
    loanAccountNumber: naturalKey('loanAccountNumber'),
    agentId: uuid,
    type: z.enum(['CALL', 'VISIT', 'SMS', 'EMAIL', 'LETTER']),
    subtype: code(30),
    actionResult: code(30),
    actionDate: pastMoment.nullish(),
    notes: notes.nullish(),
    callTraceId: z.string().min(1, 'must not be empty').max(20, 'has at most 20 characters').nullish(),
    visitLatitude: coordinate(90).nullish(),
    visitLongitude: coordinate(180).nullish(),
    visitAddress: z.string().max(500, 'has at most 500 characters').nullish(),
  })
  .superRefine((input, context) => {
    const onlyFor = (
      field: 'callTraceId' | 'visitLatitude' | 'visitLongitude' | 'visitAddress',
      type: string,
    ) => {
      if (input[field] != null && input.type !== type) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `is only for a ${type}; this action is a ${input.type}`,
        });
      }
    };
    onlyFor('callTraceId', 'CALL');
    onlyFor('visitLatitude', 'VISIT');
    onlyFor('visitLongitude', 'VISIT');
    onlyFor('visitAddress', 'VISIT');
    if ((input.visitLatitude == null) !== (input.visitLongitude == null)) {
      const missing = input.visitLatitude == null ? 'visitLatitude' : 'visitLongitude';
      context.addIssue({
        code: 'custom',
        path: [missing],
        message: 'a visit location needs both latitude and longitude',
      });
    }
  });

export const updateActionResultInput = z.object({
  id: uuid,
  actionResult: code(30),
  notes: notes.nullish(),
});
