import {
  type DocumentNode,
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isObjectType,
} from 'graphql';
import { type AccessRequirement, acceptedRoles, accessRulesOf, satisfies } from '../graphql/access-rules';
import { ForbiddenError, UnauthenticatedError } from '../graphql/errors';
import { accessSubjectOf, type Viewer, viewerOfContext } from '../graphql/viewer';

/** The directive that marks a field as a person's identifier, masked for callers who may not see it. */
export const PERSONAL_DATA_DIRECTIVE = 'personalData';

/** Roles that see personal identifiers unmasked; everyone else (an ANALYST) sees them masked. */
export const PERSONAL_DATA_ROLES = ['AGENT', 'SUPERVISOR', 'ADMIN', 'SYSTEM', 'PAYMENT_PROCESSOR'] as const;

const VISIBLE_TAIL = 4;

/** A masked identifier shows at most its last 4 characters, and nothing of a value that short. */
export function maskPersonalData(value: string): string {
  return value.length > VISIBLE_TAIL * 2 ? `••••${value.slice(-VISIBLE_TAIL)}` : '••••';
}

export const seesPersonalData = (viewer: Viewer) =>
  PERSONAL_DATA_ROLES.some((role) => viewer.roles.includes(role));

function check(requirement: AccessRequirement, viewer: Viewer, coordinate: string): void {
  const subject = accessSubjectOf(viewer);
  if (satisfies(subject, requirement)) return;
  if (!subject.authenticated) throw new UnauthenticatedError(coordinate);
  throw new ForbiddenError(coordinate, acceptedRoles(requirement));
}

const isPersonal = (node: { directives?: readonly { name: { value: string } }[] } | null | undefined) =>
  node?.directives?.some((directive) => directive.name.value === PERSONAL_DATA_DIRECTIVE) ?? false;

/** The paths, from an argument down, of the `@personalData` input fields a field's arguments can carry. */
function personalInputPaths(field: GraphQLField<unknown, unknown>): string[][] {
  const paths: string[][] = [];
  const visit = (type: GraphQLInputType, path: string[], seen: ReadonlySet<string>) => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    for (const inputField of Object.values(named.getFields())) {
      const fieldPath = [...path, inputField.name];
      if (isPersonal(inputField.astNode)) paths.push(fieldPath);
      visit(inputField.type, fieldPath, new Set([...seen, named.name]));
    }
  };
  for (const arg of field.args) visit(arg.type, [arg.name], new Set());
  return paths;
}

function valueAt(args: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = args;
  for (const key of path) {
    if (value == null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * A caller who sees people's identifiers masked may not search by them either: an exact match on a national id
 * would tell them whose it is.
 */
function checkPersonalInput(
  paths: readonly string[][],
  args: Record<string, unknown>,
  coordinate: string,
  requirement: AccessRequirement | null,
): void {
  const used = paths.find((path) => valueAt(args, path) != null);
  if (!used) return;
  // Names only the roles that may both call the field and see identifiers in full.
  const callers = requirement ? acceptedRoles(requirement) : null;
  const roles = PERSONAL_DATA_ROLES.filter((role) => callers?.includes(role) ?? true);
  throw new ForbiddenError(`${coordinate}(${used.join('.')})`, roles);
}

function maskedValue(value: unknown, field: GraphQLField<unknown, unknown>): unknown {
  if (value == null) return value;
  if (Array.isArray(value)) return value.map((item) => maskedValue(item, field));
  // A masked date or number would not be a valid value of its scalar: it is withheld instead.
  return typeof value === 'string' && getNamedType(field.type).name === 'String'
    ? maskPersonalData(value)
    : null;
}

/**
 * Makes a subgraph enforce its own SDL's access rules on every field (`@authenticated`, `@requiresScopes`, on
 * the field, its type or the type it returns), whoever calls it, and mask `@personalData` fields for callers
 * without a role that sees them, whom `@personalData` input fields are refused to. Resolvers keep no access checks of their own.
 */
export function enforceAccess(schema: GraphQLSchema, typeDefs: DocumentNode): GraphQLSchema {
  const rules = accessRulesOf(typeDefs);
  const rootTypes = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((root) =>
      root ? [root.name] : [],
    ),
  );
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const requirement = rules.requirement(type.name, field.name, getNamedType(field.type).name);
      const personal = isPersonal(field.astNode);
      const personalInputs = personalInputPaths(field);
      if (!requirement && !personal && personalInputs.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const coordinate = rootTypes.has(type.name) ? field.name : `${type.name}.${field.name}`;
      field.resolve = (source, args, context, info) => {
        const viewer = viewerOfContext(context);
        if (requirement) check(requirement, viewer, coordinate);
        if (personalInputs.length > 0 && !seesPersonalData(viewer)) {
          checkPersonalInput(personalInputs, args, coordinate, requirement);
        }
        const value = resolve(source, args, context, info);
        if (!personal || seesPersonalData(viewer)) return value;
        return value instanceof Promise
          ? value.then((resolved) => maskedValue(resolved, field))
          : maskedValue(value, field);
      };
    }
  }
  return schema;
}
