import { describe, expect, it } from 'vitest';
import { attributesOfCustomer } from '../../../src/core/attributes/customerAttributes.ts';
import { customerSearchText } from '../../../src/core/segments/customerHistory.ts';
import { importText } from '../helpers.ts';

describe('the card’s and the search’s attributes: the latest non-blank value, by date', () => {
  // X's rows are out of date order; its latest row has no region and an older city.
  const csv = [
    'customer,date,amount,region,city',
    'X,2024-03-01,10,,Lyon',
    'X,2024-01-01,10,North,Paris',
    'X,2024-02-01,10,South,',
    'Y,2024-01-05,10,East,Oslo',
  ].join('\n');

  it('takes each attribute from its own latest non-blank row', async () => {
    const { table } = await importText(csv + '\n');
    const x = table.customerIds.indexOf('X');
    expect(attributesOfCustomer(table, x)).toEqual({ region: 'South', city: 'Lyon' });
    expect(customerSearchText(table, [x, table.customerIds.indexOf('Y')])).toEqual(['x south lyon', 'y east oslo']);
  });
});
