import fc from 'fast-check';

/**
 * Names that have broken DSOMM files before or easily could: YAML indicators, quotes, things YAML
 * reads as another type, unicode, spaces at the edges, Object.prototype member names.
 */
export const AWKWARD_NAMES: readonly string[] = [
  "O'Neil's team",
  '"Quoted"',
  'Team: A',
  'a:b',
  'Team #1',
  '#hash',
  'a, b',
  '[brackets]',
  '{braces}',
  '- dash',
  '? question',
  '& anchor',
  '*alias',
  '!tag',
  '%percent',
  '@at',
  '`tick`',
  '|pipe',
  '>gt',
  'yes',
  'no',
  'on',
  'true',
  'null',
  '~',
  '8.10',
  '5.37',
  '012',
  '0x1F',
  '1e3',
  '2026-03-02',
  '.inf',
  '<<',
  '=',
  'Ünïcødé 团队 🚀',
  'ÄÖÜ',
  ' leading',
  'trailing ',
  '  both  ',
  ' ',
  '',
  'tab\there',
  'line\nbreak',
  'back\\slash',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

/** Any name: an awkward one or a random string (full unicode). */
export const awkwardName: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...AWKWARD_NAMES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
);

/** A real day as YYYY-MM-DD. */
export const calendarDate: fc.Arbitrary<string> = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
