import type { SyncLoanChange } from '@collexis/events/consume';
import { describe, expect, it } from 'vitest';
import type { CustomerCaseRow } from '../src/db/database';
import { caseReaction } from '../src/events/sync-case-rules';

const NOW = new Date('2026-12-06T10:00:00.000Z');
const LATER = new Date('2026-12-20T10:00:00.000Z');
const EARLIER = new Date('2026-12-01T10:00:00.000Z');

const aCase = (overrides: Partial<CustomerCaseRow> = {}): CustomerCaseRow => ({
  id: '00000000-0000-0000-0000-000000000001',
  cif: 'CIF01',
  assignedCallAgentId: null,
  assignedFieldAgentId: null,
  fUpdate: LATER,
  customerStatus: 'CONTACTED',
  collateralStatus: 'NONE',
  processingStateStatus: 'IN_PROGRESS',
  lendingViolationStatus: 'NONE',
  recoveryAbilityStatus: 'MEDIUM',
  createdAt: EARLIER,
  updatedAt: EARLIER,
  ...overrides,
});

const loan = (accountNumber: string, change: Partial<SyncLoanChange>): SyncLoanChange => ({
  accountNumber,
  cif: 'CIF01',
  status: 'OPEN',
  previousStatus: 'OPEN',
  delinquencyStatus: 'BUCKET_1',
  previousDelinquencyStatus: 'BUCKET_1',
  ...change,
});

const worse = loan('LN1', { previousDelinquencyStatus: 'BUCKET_1', delinquencyStatus: 'BUCKET_2' });
const closing = loan('LN2', { status: 'CLOSED' });

describe('how a case reacts to its loans in one sync event', () => {
  it('escalates and makes the follow-up due when one loan got worse and another closed', () => {
    expect(caseReaction(aCase({ processingStateStatus: 'NEW' }), [closing, worse], NOW)).toMatchObject({
      changes: { processingStateStatus: 'ESCALATED', fUpdate: NOW },
      reasons: ['delinquencyWorsened', 'loanClosed'],
      loans: ['LN1', 'LN2'],
    });
  });

  it('sees no move in a new loan, an unknown bucket or a better one', () => {
    const moves = [
      loan('LN3', { previousStatus: null, previousDelinquencyStatus: null, delinquencyStatus: 'WRITE_OFF' }),
      loan('LN4', { previousDelinquencyStatus: 'BUCKET_1', delinquencyStatus: 'SPECIAL' }),
      loan('LN5', { previousDelinquencyStatus: 'BUCKET_3', delinquencyStatus: 'CURRENT' }),
    ];
    expect(caseReaction(aCase(), moves, NOW)).toBeNull();
  });

  it('leaves a follow-up already due earlier, and escalates only NEW or IN_PROGRESS', () => {
    expect(caseReaction(aCase({ fUpdate: EARLIER }), [closing], NOW)).toBeNull();
    expect(caseReaction(aCase({ processingStateStatus: 'LEGAL' }), [worse], NOW)).toBeNull();
    expect(caseReaction(aCase({ fUpdate: null }), [closing], NOW)?.changes).toEqual({ fUpdate: NOW });
  });

  it('never touches a SETTLED or CLOSED case', () => {
    expect(caseReaction(aCase({ customerStatus: 'SETTLED' }), [worse, closing], NOW)).toBeNull();
    expect(caseReaction(aCase({ processingStateStatus: 'CLOSED' }), [worse, closing], NOW)).toBeNull();
  });
});
