/**
 * Freezes plain objects and arrays all the way down, so that a consumer that mutates loaded data by
 * mistake fails at once instead of corrupting what every other view shows. Maps are left alone (their
 * values are the same frozen objects the arrays hold).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || value instanceof Map || Object.isFrozen(value)) {
    return value;
  }
  Object.freeze(value);
  // forEach rather than `for...of`, whose iterator is garbage per object in V8's interpreter (the
  // snapshot's model is frozen before the first paint).
  Object.values(value).forEach((child) => deepFreeze(child));
  return value;
}
