import {
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFieldNames, selectionOf } from './selection';

/** The resolve info of the operation's first root field, as far as selectedFieldNames reads it. */
function infoOf(source: string) {
  const document = parse(source);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    if (definition.kind === Kind.OPERATION_DEFINITION) operation = definition;
  }
  const field = operation?.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments };
}

describe('the fields an operation selects of a returned object', () => {
  it('names the fields selected directly, in inline fragments and in fragment spreads', () => {
    const info = infoOf(`{
      customer(cif: "1") { cif loans { dpd } ... on Customer { phones { number } } ...Contact }
    }
    fragment Contact on Customer { addresses { city } }`);
    expect([...selectedFieldNames(info, 'Customer')].sort()).toEqual(['addresses', 'cif', 'loans', 'phones']);
  });

  it('leaves out what fragments on another type select, as in an entity fetch of several types', () => {
    const info = infoOf(`query($r: [_Any!]!) {
      _entities(representations: $r) { ... on Customer { loans { dpd } } ... on Collateral { loans { dpd } value } }
    }`);
    expect([...selectedFieldNames(info, 'Customer')]).toEqual(['loans']);
    expect([...selectedFieldNames(info, 'Collateral')].sort()).toEqual(['loans', 'value']);
    expect([...selectedFieldNames(info, 'Loan')]).toEqual([]);
  });

  it('does not look below the returned object', () => {
    const info = infoOf('{ customer(cif: "1") { loans { payments { amount } } } }');
    expect([...selectedFieldNames(info, 'Customer')]).toEqual(['loans']);
  });

  it('reads one level down through the field of the returned object, fragments included', () => {
    const info = infoOf(`{
      customer(cif: "1") { loans { dpd } ... on Customer { loans { dueSegmentations { dueDate } } } ...Loans }
    }
    fragment Loans on Customer { loans { collaterals { value } } }`);
    const loans = selectionOf(info, 'Customer', 'loans');
    expect(loans.fieldNodes).toHaveLength(3);
    expect([...selectedFieldNames(loans, 'Loan')].sort()).toEqual(['collaterals', 'dpd', 'dueSegmentations']);
    expect(selectionOf(info, 'Customer', 'phones').fieldNodes).toEqual([]);
  });
});
