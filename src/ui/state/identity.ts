const identities = new WeakMap<object, number>();
let nextIdentity = 1;

/**
 * A number that stays with an object (an array, a result) for as long as it lives, 0 for null:
 * part of a request key, so a new result or segmentation makes a new key.
 */
export function identity(o: object | null): number {
  if (!o) return 0;
  let id = identities.get(o);
  if (id === undefined) identities.set(o, (id = nextIdentity++));
  return id;
}
