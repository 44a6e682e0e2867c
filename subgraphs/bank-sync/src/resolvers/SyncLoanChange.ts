import type { LoanStatus, SyncLoanChangeResolvers } from '../generated/resolvers-types';

type State = Record<string, unknown> | null;

const text = (state: State, name: string) => {
  const value = state?.[name];
  return typeof value === 'string' ? value : null;
};

const LOAN_STATUSES: readonly LoanStatus[] = ['OPEN', 'CLOSED'];
const status = (state: State) => LOAN_STATUSES.find((value) => value === state?.status) ?? null;

export const SyncLoanChange: SyncLoanChangeResolvers = {
  accountNumber: (change) => change.key,
  cif: (change) => text(change.after, 'cif') ?? '',
  status: (change) => status(change.after) ?? 'OPEN',
  previousStatus: (change) => status(change.before),
  delinquencyStatus: (change) => text(change.after, 'delinquency_status'),
  previousDelinquencyStatus: (change) => text(change.before, 'delinquency_status'),
};
