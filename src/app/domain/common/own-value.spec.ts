import { ownValue } from './own-value';

describe('ownValue', () => {
  it('reads only what the record holds', () => {
    const record: Record<string, number> = { a: 1 };
    expect(ownValue(record, 'a')).toBe(1);
    expect(ownValue(record, 'constructor')).toBeUndefined();
    expect(ownValue(record, 'toString')).toBeUndefined();
    expect(ownValue(record, '__proto__')).toBeUndefined();
    expect(ownValue(undefined, 'a')).toBeUndefined();
    expect(ownValue(Object.fromEntries([['__proto__', 2]]), '__proto__')).toBe(2);
  });
});
