/** Key stub of bank-sync's Customer: all this subgraph knows of a customer. */
export interface CustomerKey {
  cif: string;
}

/** Key stub of bank-sync's Loan: all this subgraph knows of a loan. */
export interface LoanKey {
  accountNumber: string;
}
