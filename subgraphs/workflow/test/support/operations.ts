/** The workflow mutations and reports as the desktop app sends them, with the fields tests check. */

export const AGENT_FIELDS = 'id employeeId name email phone type team isActive createdAt updatedAt';
export const ACTION_FIELDS = /* GraphQL */ `
  id cif loanAccountNumber agentId type subtype actionResult actionDate notes callTraceId
  visitLatitude visitLongitude visitAddress createdBy updatedBy
`;
export const ASSIGNMENT_FIELDS =
  'id cif assignedCallAgentId assignedFieldAgentId startDate endDate isCurrent';
export const CASE_FIELDS = /* GraphQL */ `
  cif assignedCallAgentId assignedFieldAgentId fUpdate customerStatus collateralStatus processingStateStatus
  lendingViolationStatus recoveryAbilityStatus
`;

export const CREATE_AGENT = /* GraphQL */ `
  mutation CreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { ${AGENT_FIELDS} } } }
`;
export const UPDATE_AGENT = /* GraphQL */ `
  mutation UpdateAgent($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { ${AGENT_FIELDS} } } }
`;
export const DEACTIVATE_AGENT = /* GraphQL */ `
  mutation DeactivateAgent($input: DeactivateAgentInput!) {
    deactivateAgent(input: $input) { agent { ${AGENT_FIELDS} } }
  }
`;
export const RECORD_ACTION = /* GraphQL */ `
  mutation RecordAction($input: RecordActionInput!) { recordAction(input: $input) { action { ${ACTION_FIELDS} } } }
`;
export const UPDATE_ACTION_RESULT = /* GraphQL */ `
  mutation UpdateActionResult($input: UpdateActionResultInput!) {
    updateActionResult(input: $input) { action { ${ACTION_FIELDS} } }
  }
`;
export const ASSIGN_CUSTOMER = /* GraphQL */ `
  mutation AssignCustomer($input: AssignCustomerInput!) {
    assignCustomer(input: $input) {
      assignment { ${ASSIGNMENT_FIELDS} } previous { ${ASSIGNMENT_FIELDS} } changed
    }
  }
`;
export const REASSIGN_CUSTOMER = /* GraphQL */ `
  mutation ReassignCustomer($input: ReassignCustomerInput!) {
    reassignCustomer(input: $input) {
      assignment { ${ASSIGNMENT_FIELDS} } previous { ${ASSIGNMENT_FIELDS} } changed
    }
  }
`;
export const BULK_ASSIGN = /* GraphQL */ `
  mutation BulkAssign($input: BulkAssignCustomersInput!) {
    bulkAssignCustomers(input: $input) { assignments { ${ASSIGNMENT_FIELDS} } changedCount unchangedCount }
  }
`;
export const RECORD_CASE_ACTION = /* GraphQL */ `
  mutation RecordCaseAction($input: RecordCaseActionInput!) {
    recordCaseAction(input: $input) {
      caseAction { id cif agentId actionDate notes customerStatus collateralStatus processingStateStatus
        lendingViolationStatus recoveryAbilityStatus createdBy updatedBy }
      case { ${CASE_FIELDS} }
    }
  }
`;
export const AGENT_WORKLOAD = /* GraphQL */ `
  query AgentWorkload($agentId: ID!) {
    agentWorkload(agentId: $agentId) {
      agent { id } asOf callAssignments fieldAssignments assignedCustomers openCases
      openCasesByCustomerStatus { value count } actionsToday actionsThisWeek
    }
  }
`;
export const AGENT_PERFORMANCE = /* GraphQL */ `
  query AgentPerformance($agentId: ID!, $from: Date!, $to: Date!) {
    agentPerformance(agentId: $agentId, from: $from, to: $to) {
      agent { id } from to totalActions actionsByType { value count } actionsByResult { value count }
      customersContacted promisesToPay caseActions
    }
  }
`;
export const AUDIT_LOG = /* GraphQL */ `
  query AuditLog($entityType: String, $entityKey: String, $first: Int, $after: String) {
    workflowAuditLog(entityType: $entityType, entityKey: $entityKey, first: $first, after: $after) {
      nodes { id actor operation entityType entityKey before after }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
