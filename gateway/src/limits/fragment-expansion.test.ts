import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { expandedSelections, mostRepeatedField } from './fragment-expansion';

describe('expandedSelections', () => {
  it('counts fields at every level, through inline fragments and fragment spreads', () => {
    const document = parse(`{
      customers { nodes { cif ... on Customer { name } ...Loans } }
    } fragment Loans on Customer { loans { accountNumber dpd } }`);
    // customers, nodes, cif, name, loans, accountNumber, dpd
    expect(expandedSelections(document)).toBe(7);
  });

  it('counts a fragment bomb without expanding it', () => {
    const fragments = ['fragment F0 on Customer { cif name }'];
    for (let index = 1; index <= 40; index += 1) {
      fragments.push(`fragment F${index} on Customer { ...F${index - 1} ...F${index - 1} }`);
    }
    const document = parse(`{ customers { nodes { ...F40 } } } ${fragments.join(' ')}`);
    expect(expandedSelections(document)).toBe(2 + 2 ** 41);
  });

  it('takes the largest operation, and stops at a fragment cycle', () => {
    const document = parse(`
      query Small { __typename }
      query Cyclic { customers { nodes { ...A } } }
      fragment A on Customer { cif ...B }
      fragment B on Customer { name ...A }`);
    expect(expandedSelections(document)).toBe(4);
  });
});

describe('mostRepeatedField', () => {
  it('counts a response name within one selection set, through fragments, by alias', () => {
    const document = parse(`{
      customers { nodes { cif cif: name ... on Customer { cif } ...Twice } }
    } fragment Twice on Customer { cif other: cif }`);
    expect(mostRepeatedField(document)).toEqual({ responseName: 'cif', count: 4 });
  });

  it('does not add up the same name in different selection sets', () => {
    const document = parse(
      '{ customers { nodes { cif loans { customer { cif } } } } loans { nodes { cif: dpd } } }',
    );
    expect(mostRepeatedField(document)).toBeUndefined();
  });

  it('finds repeats in a fragment that no operation spreads', () => {
    const document = parse(`{ __typename } fragment Unused on Customer { ${'cif '.repeat(50)}}`);
    expect(mostRepeatedField(document)).toEqual({ responseName: 'cif', count: 50 });
  });
});
