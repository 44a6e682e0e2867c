/**
 * The password of every domain role on the test run's server. Roles belong to the server, not to a database,
 * so the test databases share them: the first one to need a role creates it with this password, and none
 * changes it afterwards (docs/decisions/0022-database-roles.md).
 */
export const testRolePassword = 'collexis-test-role';
