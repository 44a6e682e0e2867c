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
        Customer: '../models#CustomerRow',
        Phone: '../models#PhoneRow',
        Address: '../models#AddressRow',
        Email: '../models#EmailRow',
        Loan: '../models#LoanRow',
        Collateral: '../models#CollateralRow',
        LoanCollateral: '../models#LoanCollateralRow',
        DueSegmentation: '../models#DueSegmentationRow',
        ReferenceCustomer: '../models#ReferenceCustomerRow',
        SyncRun: '../models#SyncRunRow',
        SyncRunEntity: '../models#SyncRunEntityRow',
        SyncRunError: '../models#SyncRunErrorRow',
        SyncStatus: '../models#SyncStatusRow',
        StaleRecord: '../models#StaleRecordRow',
        PaymentConsumerStatus: '../models#PaymentConsumerStatusRow',
        BankSyncAuditEntry: '../models#AuditEntryRow',
      },
    },
  },
};

export default generates;
