import {
  type CompositeType,
  type FieldSelection,
  type Operation,
  type OperationElement,
  type OutputType,
  type Schema,
  type SelectionSet,
  typenameFieldName,
  Variable,
} from '@apollo/federation-internals';

export type Variables = Record<string, unknown>;
/** Whether a selection is left out for these variables (@skip / @include). */
type Gate = (variables: Variables) => boolean;

export type ShapeSelection = ShapeField | ShapeFragment;

interface ShapeField {
  kind: 'field';
  responseName: string;
  skip: Gate | null;
  role: 'typename' | 'introspection' | 'value';
  /** Set for `introspection`: the field's answer from the API schema. */
  introspection: FieldSelection;
  type: OutputType;
  selections: ShapeSelection[] | undefined;
}

export interface ShapeFragment {
  kind: 'fragment';
  skip: Gate | null;
  typeCondition: CompositeType | undefined;
  selections: ShapeSelection[];
  /** Type-condition answers by runtime typename and parent type: they never change for one operation. */
  applies: Map<string, boolean>;
}

/** An operation compiled once into what shaping needs, so a request walks plain objects only. */
export interface ResponseShape {
  schema: Schema;
  rootType: CompositeType;
  selections: ShapeSelection[];
  defaultedVariables: Variables;
}

function ifValue(argument: unknown, variables: Variables): boolean {
  if (argument instanceof Variable) {
    const value = variables[argument.name];
    if (typeof value !== 'boolean')
      throw new Error(`Unexpected value ${String(value)} for variable ${argument}`);
    return value;
  }
  return argument === true;
}

function compileGate(schema: Schema, element: OperationElement): Gate | null {
  const skip = element.appliedDirectivesOf(schema.skipDirective())[0]?.arguments().if;
  const include = element.appliedDirectivesOf(schema.includeDirective())[0]?.arguments().if;
  if (skip === undefined && include === undefined) return null;
  return (variables) =>
    (skip !== undefined && ifValue(skip, variables)) ||
    (include !== undefined && !ifValue(include, variables));
}

function compileSelections(schema: Schema, selectionSet: SelectionSet): ShapeSelection[] {
  return selectionSet.selections().map((selection): ShapeSelection => {
    const skip = compileGate(schema, selection.element);
    if (selection.kind === 'FieldSelection') {
      const field = selection.element;
      const definition = field.definition;
      const type = definition.type;
      if (!type) throw new Error(`field ${definition.coordinate} has no type`);
      const role = definition.isSchemaIntrospectionField()
        ? 'introspection'
        : field.name === typenameFieldName
          ? 'typename'
          : 'value';
      return {
        kind: 'field',
        responseName: field.responseName(),
        skip,
        role,
        introspection: selection,
        type,
        selections: selection.selectionSet ? compileSelections(schema, selection.selectionSet) : undefined,
      };
    }
    return {
      kind: 'fragment',
      skip,
      typeCondition: selection.element.typeCondition,
      selections: compileSelections(schema, selection.selectionSet),
      applies: new Map(),
    };
  });
}

/** Compiles an operation's selections, directives and defaulted variables once, for shapeResponse. */
export function compileResponseShape(operation: Operation): ResponseShape {
  const schema = operation.schema();
  const rootType = schema.schemaDefinition.rootType(operation.rootKind);
  if (!rootType) throw new Error(`the schema has no ${operation.rootKind} type`);
  return {
    schema,
    rootType,
    selections: compileSelections(schema, operation.selectionSet),
    defaultedVariables: operation.collectDefaultedVariableValues(),
  };
}
