import type { AttributeColumn } from '../model/TransactionTable.ts';
import { ByteDictionary } from '../util/ByteDictionary.ts';
import { GrowableArray } from '../util/GrowableArray.ts';
import { CONTACT_ROLES, isAttributeRole } from './types.ts';
import type { ColumnRole, ContactRole } from './types.ts';

/** The columns mapped as attributes or contacts, dictionary-encoded one kept record at a time (-1 = blank). */
export class AttributeReader {
  private readonly cols: number[];
  private readonly dicts: ByteDictionary[];
  private readonly codes: GrowableArray<Int32Array>[];
  private readonly kinds: (ContactRole | undefined)[];

  constructor(
    roles: readonly ColumnRole[],
    private readonly names: readonly string[],
    capacity: number,
  ) {
    this.cols = roles.flatMap((r, j) => (isAttributeRole(r) ? [j] : []));
    this.kinds = this.cols.map((j) =>
      (CONTACT_ROLES as readonly string[]).includes(roles[j]) ? (roles[j] as ContactRole) : undefined,
    );
    this.dicts = this.cols.map(() => new ByteDictionary());
    this.codes = this.cols.map(() => new GrowableArray(Int32Array, capacity));
  }

  /** Appends the attribute values of one kept record. */
  push(buf: Uint8Array, starts: Int32Array, ends: Int32Array, count: number): void {
    for (let a = 0; a < this.cols.length; a++) {
      const j = this.cols[a];
      this.codes[a].push(j < count && ends[j] > starts[j] ? this.dicts[a].index(buf, starts[j], ends[j]) : -1);
    }
  }

  /** The attribute columns of the records pushed, named after their headers (a contact with its kind). */
  finish(): AttributeColumn[] {
    return this.cols.map((j, a) => ({
      name: this.names[j],
      codes: this.codes[a].finish(),
      values: this.dicts[a].values,
      ...(this.kinds[a] ? { kind: this.kinds[a] } : {}),
    }));
  }
}
