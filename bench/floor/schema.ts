/** The floor's schema: only the types and fields the three bench queries select, with the same names. */
import { parse } from 'graphql';

export const typeDefs = parse(/* GraphQL */ `
  enum LoanStatus {
    OPEN
    CLOSED
  }
  enum LoanOrder {
    ACCOUNT_NUMBER
    DPD_DESC
  }
  input LoanFilter {
    dpdMin: Int
    status: LoanStatus
  }
  type Query {
    customer(cif: String!): Customer
    agent(id: ID!): Agent
    loans(filter: LoanFilter, orderBy: LoanOrder = ACCOUNT_NUMBER, first: Int): LoanConnection!
  }
  type Customer {
    cif: String!
    name: String
    companyName: String
    segment: String
    status: String!
    phones: [Phone!]!
    addresses: [Address!]!
    loans: [Loan!]!
    case: CustomerCase
    actions(first: Int): ActionRecordConnection!
  }
  type Phone {
    type: String!
    number: String!
    isPrimary: Boolean!
  }
  type Address {
    type: String!
    addressLine1: String
    city: String
  }
  type Loan {
    accountNumber: String!
    productType: String!
    outstanding: String
    dpd: Int
    delinquencyStatus: String
    dueSegmentations: [DueSegmentation!]!
    collaterals: [Collateral!]!
    payments(first: Int): PaymentConnection!
    customer: Customer
  }
  type LoanConnection {
    nodes: [Loan!]!
  }
  type DueSegmentation {
    dueDate: String!
    principalAmount: String
    interestAmount: String
  }
  type Collateral {
    collateralNumber: String!
    type: String!
    value: String
  }
  type Payment {
    referenceNumber: String!
    amount: String!
    paymentDate: String!
    status: String!
  }
  type PaymentConnection {
    nodes: [Payment!]!
  }
  type CustomerCase {
    customerStatus: String
    assignedCallAgent: Agent
    assignedFieldAgent: Agent
  }
  type ActionRecord {
    type: String!
    actionResult: String
    actionDate: String!
    agent: Agent
  }
  type ActionRecordConnection {
    nodes: [ActionRecord!]!
  }
  type Agent {
    id: ID!
    name: String!
    assignedCustomers(first: Int): WorklistConnection!
  }
  type WorklistConnection {
    nodes: [Customer!]!
  }
`);
