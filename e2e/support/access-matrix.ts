import { readFileSync } from 'node:fs';
import { type Role, roles } from '@collexis/identity';
import { type AccessRequirement, accessRulesOf, satisfies } from '@collexis/platform/graphql';
import { anonymousCaller, type Caller, callerOf } from '@collexis/platform/testing';
import {
  buildASTSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
} from 'graphql';

const supergraphSdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
const document = parse(supergraphSdl);
const rules = accessRulesOf(document);
const schema = buildASTSchema(document, { assumeValidSDL: true });

/** Every caller the matrix tries: one per role, and none at all. */
export const matrixCallers: readonly { name: string; caller: Caller }[] = [
  { name: 'no token', caller: anonymousCaller },
  ...roles.map((role: Role) => ({ name: role, caller: callerOf(`matrix.${role.toLowerCase()}`, role) })),
];

/** Whether the declared rules let a caller at a root field. */
export function allowed(requirement: AccessRequirement | null, caller: Caller): boolean {
  return (
    requirement === null ||
    satisfies({ authenticated: caller.roles.length > 0, roles: caller.roles }, requirement)
  );
}

const SCALAR_SAMPLES: Record<string, unknown> = {
  String: 'x',
  ID: '00000000-0000-4000-8000-000000000000',
  Int: 1,
  Float: 1,
  Boolean: false,
  Decimal: '1.00',
  Date: '2026-01-01',
  DateTime: '2026-01-01T00:00:00.000Z',
};

/** The smallest value of an input type that GraphQL accepts: required fields only, one of each enum. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  return SCALAR_SAMPLES[type.name] ?? 'x';
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return '';
  const leaf = Object.values(named.getFields()).find((child) => isLeafType(getNamedType(child.type)));
  return `{ ${leaf?.name ?? '__typename'} }`;
}

export interface RootFieldCase {
  coordinate: string;
  requirement: AccessRequirement | null;
  query: string;
  variables: Record<string, unknown>;
}

/** One call of a root field with type-valid arguments, as a document and its variables. */
function rootFieldCase(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, operation: string) {
  const args = field.args.filter((arg) => isNonNullType(arg.type));
  const definitions = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return {
    coordinate: `${type.name}.${field.name}`,
    requirement: rules.requirement(type.name, field.name, getNamedType(field.type).name),
    query: `${operation} Matrix${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectionOf(field)} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, sample(arg.type)])),
  };
}

/** Every mutation of the supergraph, each with a type-valid call. */
export function mutationCases(): RootFieldCase[] {
  const mutation = schema.getMutationType();
  if (!mutation) return [];
  return Object.values(mutation.getFields()).map((field) => rootFieldCase(mutation, field, 'mutation'));
}

/** The query fields whose rules differ from the reads every role has: the audit logs. */
export function restrictedQueryCases(): RootFieldCase[] {
  const query = schema.getQueryType();
  if (!query) return [];
  const reads = rules.requirement(query.name, 'customer', 'Customer');
  return Object.values(query.getFields())
    .map((field) => rootFieldCase(query, field, 'query'))
    .filter((rootCase) => JSON.stringify(rootCase.requirement) !== JSON.stringify(reads));
}

/** The `@personalData` fields of an object type, by the supergraph. */
export function personalFields(typeName: string): string[] {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return [];
  return Object.values(type.getFields())
    .filter((field) =>
      field.astNode?.directives?.some((directive) => directive.name.value === 'personalData'),
    )
    .map((field) => field.name);
}
