import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types of the bank-sync subgraph, typed against the Drizzle rows the resolvers return. */
const generates: CodegenConfig['generates'] = {
  'subgraphs/bank-sync/src/generated/resolvers-types.ts': {
    schema: 'subgraphs/bank-sync/schema.graphql',
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useIndexSignature: true,
      useTypeImports: true,
      contextType: '../context#Context',
      scalars: {
        Decimal: 'string',
        Date: 'string',
        DateTime: 'Date',
        JSONObject: { input: 'unknown', output: 'Record<string, unknown>' },
      },
      enumsAsTypes: true,
      mappers: {
        Customer: '../db/database#CustomerRow',
        Phone: '../db/database#PhoneRow',
        Address: '../db/database#AddressRow',
        Email: '../db/database#EmailRow',
        Loan: '../db/database#LoanRow',
        Team: '../queries/team-portfolio#TeamReference',
        Collateral: '../db/database#CollateralRow',
        LoanCollateral: '../db/database#LoanCollateralRow',
        DueSegmentation: '../db/database#DueSegmentationRow',
        ReferenceCustomer: '../db/database#ReferenceCustomerRow',
        SyncRun: '../db/database#SyncRunRow',
        SyncRunEntity: '../db/database#SyncRunEntityRow',
        SyncRunError: '../db/database#SyncRunErrorRow',
        SyncStatus: '../db/database#SyncStatusRow',
        StaleRecord: '../db/database#StaleRecordRow',
        PaymentConsumerStatus: '../db/database#PaymentConsumerStatusRow',
        BankSyncAuditEntry: '../db/database#AuditEntryRow',
        SyncEvent: '../db/database#SyncEventRow',
        SyncLoanChange: '../repository/sync-records#KeyState',
      },
    },
  },
};

export default generates;
