import { asList, describeYaml, given, hasKey, isYamlMap, scalarText, wholeNumber } from './yaml-values';

describe('yaml-values', () => {
  it('tells maps from lists, null and scalars', () => {
    expect(isYamlMap({})).toBeTrue();
    expect(isYamlMap([])).toBeFalse();
    expect(isYamlMap(null)).toBeFalse();
    expect(isYamlMap('a')).toBeFalse();
  });

  it('sees only own keys', () => {
    expect(hasKey({ a: 1 }, 'a')).toBeTrue();
    expect(hasKey({}, 'constructor')).toBeFalse();
  });

  it('treats a key with nothing after it as absent', () => {
    expect(given({ a: null, b: 0, c: '' }, 'a')).toBeUndefined();
    expect(given({ a: null, b: 0, c: '' }, 'b')).toBe(0);
    expect(given({ a: null, b: 0, c: '' }, 'c')).toBe('');
    expect(given({}, 'toString')).toBeUndefined();
  });

  it('gives the text of scalars only', () => {
    expect(scalarText('8.10')).toBe('8.10');
    expect(scalarText(42)).toBe('42');
    expect(scalarText(false)).toBe('false');
    expect(scalarText(null)).toBeUndefined();
    expect(scalarText(['a'])).toBeUndefined();
  });

  it('takes a single value as a list of one', () => {
    expect(asList(['a'])).toEqual(['a']);
    expect(asList('a')).toEqual(['a']);
    expect(asList(null)).toEqual([]);
    expect(asList(undefined)).toEqual([]);
  });

  it('reads whole numbers written as numbers or text', () => {
    expect(wholeNumber(3)).toBe(3);
    expect(wholeNumber(' 3 ')).toBe(3);
    expect(wholeNumber('-2')).toBe(-2);
    expect(wholeNumber('2.5')).toBeUndefined();
    expect(wholeNumber(2.5)).toBeUndefined();
    expect(wholeNumber('x')).toBeUndefined();
    expect(wholeNumber(true)).toBeUndefined();
  });

  it('names what was found instead of the expected shape, for messages', () => {
    expect(describeYaml(null)).toBe('nothing');
    expect(describeYaml(['a'])).toBe('a list');
    expect(describeYaml({ a: 1 })).toBe('a map');
    expect(describeYaml('x')).toBe('the value "x"');
    expect(describeYaml(3)).toBe('the value 3');
  });
});
