import {
  type ConstDirectiveNode,
  type ConstValueNode,
  type DocumentNode,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';

/**
 * What a caller needs to see one field: Federation's `@authenticated` and `@requiresScopes` as composed into
 * the supergraph, on the field itself or on the type it returns. Scopes are roles: `[["ADMIN"], ["SYSTEM"]]`
 * is satisfied by a caller with ADMIN or with SYSTEM.
 */
export interface AccessRequirement {
  authenticated: boolean;
  /** Alternatives, each a set of roles the caller must all hold; null when no role is required. */
  scopes: readonly (readonly string[])[] | null;
}

/** The caller as the rules see it: anonymous, or signed in with roles. */
export interface AccessSubject {
  authenticated: boolean;
  roles: readonly string[];
}

/** A schema's access rules, by `Type.field` and by type. */
export interface AccessRules {
  /**
   * The requirement of a field: its own, its parent type's and its return type's together; null when the
   * field is open.
   */
  requirement(typeName: string, fieldName: string, returnTypeName: string): AccessRequirement | null;
}

const open: AccessRequirement = { authenticated: false, scopes: null };

function stringLists(value: ConstValueNode): string[][] {
  if (value.kind !== Kind.LIST) return [];
  return value.values.map((inner) =>
    inner.kind === Kind.LIST
      ? inner.values.flatMap((scope) => (scope.kind === Kind.STRING ? [scope.value] : []))
      : [],
  );
}

function requirementOf(directives: readonly ConstDirectiveNode[] | undefined): AccessRequirement {
  let requirement = open;
  for (const directive of directives ?? []) {
    if (directive.name.value === 'authenticated') requirement = { ...requirement, authenticated: true };
    if (directive.name.value === 'requiresScopes') {
      const scopes = directive.arguments?.find((argument) => argument.name.value === 'scopes');
      if (scopes)
        requirement = combine(requirement, { authenticated: true, scopes: stringLists(scopes.value) });
    }
  }
  return requirement;
}

/**
 * The alternatives that are not implied by another: one that needs every scope of a simpler one and more
 * (SYSTEM+AGENT beside AGENT) or repeats it adds nothing.
 */
function simplest(alternatives: readonly string[][]): string[][] {
  const covers = (smaller: readonly string[], larger: readonly string[]) =>
    smaller.every((scope) => larger.includes(scope));
  return alternatives.filter(
    (alternative, index) =>
      !alternatives.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          covers(other, alternative) &&
          (other.length < alternative.length || otherIndex < index),
      ),
  );
}

/** Both requirements at once: every alternative of one paired with every alternative of the other. */
function combine(a: AccessRequirement, b: AccessRequirement): AccessRequirement {
  const scopes =
    a.scopes && b.scopes
      ? simplest(
          a.scopes.flatMap((left) => b.scopes?.map((right) => [...new Set([...left, ...right])]) ?? []),
        )
      : (a.scopes ?? b.scopes);
  return { authenticated: a.authenticated || b.authenticated, scopes };
}

const isOpen = (requirement: AccessRequirement) => !requirement.authenticated && requirement.scopes === null;

/** Reads `@authenticated` and `@requiresScopes` from SDL: a subgraph's own, or the composed supergraph. */
export function accessRulesOf(supergraph: DocumentNode): AccessRules {
  const byType = new Map<string, AccessRequirement>();
  const byField = new Map<string, AccessRequirement>();
  for (const definition of supergraph.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.SCALAR_TYPE_DEFINITION &&
      definition.kind !== Kind.ENUM_TYPE_DEFINITION
    ) {
      continue;
    }
    const typeName = definition.name.value;
    const typeRequirement = requirementOf(definition.directives);
    if (!isOpen(typeRequirement)) {
      byType.set(typeName, combine(byType.get(typeName) ?? open, typeRequirement));
    }
    if (!('fields' in definition)) continue;
    for (const field of (definition as ObjectTypeDefinitionNode | ObjectTypeExtensionNode).fields ?? []) {
      const fieldRequirement = requirementOf(field.directives);
      if (!isOpen(fieldRequirement)) byField.set(`${typeName}.${field.name.value}`, fieldRequirement);
    }
  }
  return {
    requirement(typeName, fieldName, returnTypeName) {
      const parts = [
        byType.get(typeName),
        byField.get(`${typeName}.${fieldName}`),
        byType.get(returnTypeName),
      ];
      const present = parts.filter((part): part is AccessRequirement => part !== undefined);
      return present.length === 0 ? null : present.reduce(combine, open);
    },
  };
}

/** Whether a caller meets a requirement. */
export function satisfies(subject: AccessSubject, requirement: AccessRequirement): boolean {
  if (requirement.authenticated && !subject.authenticated) return false;
  if (!requirement.scopes) return true;
  return requirement.scopes.some((all) => all.every((scope) => subject.roles.includes(scope)));
}

/** The roles a requirement accepts, for the message of a refusal. */
export function acceptedRoles(requirement: AccessRequirement): string[] {
  return (requirement.scopes ?? []).map((all) => all.join('+'));
}
