import { BadUserInputError } from '../errors';

/** A team as the gateway hands it to bank-sync: its key and the CIFs workflow lists for it (`@requires`). */
export interface TeamReference {
  name: string;
  customerCifs: readonly string[];
}

const isCifList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((cif) => typeof cif === 'string');

/** A representation without its team's CIF list (a caller that went around the gateway) cannot be answered. */
export function teamReference(representation: { name: string; customerCifs?: unknown }): TeamReference {
  const { name, customerCifs } = representation;
  if (!isCifList(customerCifs)) {
    throw new BadUserInputError('customerCifs', `team ${name}: customerCifs must be a list of CIFs`);
  }
  return { name, customerCifs };
}
