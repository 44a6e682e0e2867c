import { describe, expect, it } from 'vitest';
import { parseArgs } from '../cli';
import { subscribersOf } from './run';
import { restamp, streamEvent } from './streams';

const paymentResult = {
  paymentEvents: {
    type: 'PAYMENT_RECEIVED',
    cursor: '41',
    occurredAt: '2026-12-07T00:00:00.000Z',
    payment: { referenceNumber: 'FT1', amount: '25.00', loan: { accountNumber: 'LN1' } },
  },
};
const workflowResult = {
  workflowEvents: {
    cursor: '7',
    type: 'ACTION_RECORDED',
    occurredAt: '2026-12-07T00:00:01.000Z',
    entityId: 'a1b2',
    agent: { name: 'Agent', team: 'CALL_TEAM_A' },
  },
};
const stamp = { reference: 'L99', cursor: '99', occurredAt: '2026-12-07T01:00:00.000Z' };

describe('fan-out streams', () => {
  it('reads each stream’s event by its reference', () => {
    expect(streamEvent('payment', paymentResult)).toEqual({
      reference: 'FT1',
      cursor: '41',
      occurredAt: '2026-12-07T00:00:00.000Z',
    });
    expect(streamEvent('workflow', workflowResult)?.reference).toBe('a1b2');
    expect(streamEvent('workflow', paymentResult)).toBeNull();
  });

  it('restamps a sampled result for the floor without touching the sample or its other fields', () => {
    const payment = restamp('payment', paymentResult, stamp);
    expect(streamEvent('payment', payment)).toEqual(stamp);
    expect(JSON.stringify(payment).length).toBe(JSON.stringify(paymentResult).length);
    expect(streamEvent('workflow', restamp('workflow', workflowResult, stamp))).toEqual(stamp);
    expect(paymentResult.paymentEvents.cursor).toBe('41');
  });

  it('splits the subscribers by the workflow share', () => {
    const [run] = parseArgs(['--fanout', '1000x50', '--fanout-workflow-share', '0.25']).fanout;
    expect(run).toEqual({
      subscribers: 1000,
      paymentsPerSecond: 50,
      workflowShare: 0.25,
      actionsPerSecond: 10,
    });
    expect(run && subscribersOf(run)).toEqual({ payment: 750, workflow: 250 });
  });

  it('applies the mix flags to every run, before or after --fanout', () => {
    const runs = parseArgs(['--fanout-actions', '0', '--fanout', '10x5,20x5']).fanout;
    expect(runs.map((run) => run.actionsPerSecond)).toEqual([0, 0]);
    expect(parseArgs([]).fanout.map((run) => run.workflowShare)).toEqual([0.2, 0.2]);
    expect(() => parseArgs(['--fanout-workflow-share', '1.5'])).toThrow('from 0 to 1');
  });
});
