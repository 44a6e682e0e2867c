import { type DemoChunk, type DemoOptions, demoAgents } from '@collexis/demo-data';
import { type DemoTables, tableRows } from '@collexis/platform/db';
import { actionRecords, agents, customerAgents, customerCaseActions, customerCases } from '../db';

/** workflow's tables of the demo universe, in the order seedDemo inserts them: agents first. */
export const demoTables: DemoTables<DemoOptions, DemoChunk> = {
  once: (options) => [tableRows(agents, demoAgents(options))],
  chunk: ({ workflow }) => [
    tableRows(customerAgents, workflow.customerAgents),
    tableRows(customerCases, workflow.customerCases),
    tableRows(customerCaseActions, workflow.customerCaseActions),
    tableRows(actionRecords, workflow.actionRecords),
  ],
};
