import { z } from 'zod';
import { code, noNull, uuid } from './common';

const employeeId = z
  .string()
  .min(1, 'must not be empty')
  .max(20, 'has at most 20 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'has only letters, digits, - and _');

const name = z
  .string()
  .max(100, 'has at most 100 characters')
  .refine((value) => value.trim() !== '', 'must not be blank');

/** Stored lower-case, so that the unique index makes addresses unique whatever their case. */
const email = z
  .string()
  .max(100, 'has at most 100 characters')
  .pipe(z.email('must be an email address, like name@bank.example'))
  .transform((value) => value.toLowerCase());

const phone = z
  .string()
  .max(20, 'has at most 20 characters')
  .regex(/^\+?[0-9][0-9 ()-]*$/, 'has only digits, spaces, +, -, ( and ), like +84 28 3822 0000');

const agentType = z.enum(['AGENT', 'SUPERVISOR', 'ADMIN']);

const team = code(30);

export const createAgentInput = z.object({
  employeeId,
  name,
  email,
  phone: phone.nullish(),
  type: agentType,
  team,
});

export const updateAgentInput = z
  .object({
    id: uuid,
    employeeId: noNull(employeeId),
    name: noNull(name),
    email: noNull(email),
    phone: phone.nullish(),
    type: noNull(agentType),
    team: noNull(team),
    isActive: noNull(z.boolean()),
  })
  .refine(({ id: _, ...changes }) => Object.values(changes).some((value) => value !== undefined), {
    message: 'give at least one field to change besides id',
  });

export const deactivateAgentInput = z.object({ id: uuid });
