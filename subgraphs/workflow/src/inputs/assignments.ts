import { z } from 'zod';
import { naturalKey, pastDate, uuid } from './common';

/** Most customers one bulk assignment may move. */
const BULK_ASSIGN_MAX = 1_000;

const agents = {
  callAgentId: uuid.nullish(),
  fieldAgentId: uuid.nullish(),
  startDate: pastDate.nullish(),
};

const someAgent = (input: { callAgentId?: string | null; fieldAgentId?: string | null }) =>
  input.callAgentId != null || input.fieldAgentId != null;

const SOME_AGENT = { message: 'give callAgentId, fieldAgentId or both', path: ['callAgentId'] };

export const assignCustomerInput = z
  .object({ cif: naturalKey('cif'), ...agents })
  .refine(someAgent, SOME_AGENT);

export const reassignCustomerInput = z.object({
  cif: naturalKey('cif'),
  newAgentId: uuid,
  role: z.enum(['CALL', 'FIELD']),
  startDate: pastDate.nullish(),
});

export const bulkAssignCustomersInput = z
  .object({
    cifs: z
      .array(naturalKey('cif'))
      .min(1, 'give at least one CIF')
      .max(BULK_ASSIGN_MAX, `give at most ${BULK_ASSIGN_MAX} CIFs; split larger moves`)
      .superRefine((cifs, context) => {
        const seen = new Set<string>();
        cifs.forEach((cif, index) => {
          if (seen.has(cif))
            context.addIssue({ code: 'custom', path: [index], message: `${cif} is listed twice` });
          seen.add(cif);
        });
      }),
    ...agents,
  })
  .refine(someAgent, SOME_AGENT);
