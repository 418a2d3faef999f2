import fc from 'fast-check';
import { dsommTypes, mayBeTyped } from './yaml-schema';

const typed = (plain: string): boolean => dsommTypes().some((type) => type.resolve(plain));

describe('mayBeTyped', () => {
  it('is true for every plain scalar js-yaml types (null, booleans, integers, the merge key)', () => {
    for (const plain of [
      '~',
      'null',
      'Null',
      'NULL',
      'true',
      'True',
      'FALSE',
      '<<',
      '0',
      '-12',
      '+7',
      '0x1F',
      '0o17',
      '0b101',
      '012',
    ])
      expect(typed(plain) && mayBeTyped(plain))
        .withContext(plain)
        .toBeTrue();
    const integerLike = fc.stringMatching(/^[-+]?[0-9][0-9a-fA-Fxob_]{0,8}$/);
    const near = fc.constantFrom('null', 'true', 'False', '~', '<<', '0x', '0b', '0o', '-', '+', '_');
    const scalar = fc.oneof(
      integerLike,
      fc.string({ maxLength: 8 }),
      fc.tuple(near, near).map(([a, b]) => a + b),
      near,
    );
    fc.assert(fc.property(scalar, (plain) => !typed(plain) || mayBeTyped(plain)));
  });

  it('is false for what the served files hold where the line reader reads them: dates, names, stages, uuids', () => {
    for (const plain of [
      '2026-01-10',
      'Team 001',
      'Started',
      'Partly implemented',
      'f6f7737f-25a9-4317-8de2-09bf59f29b5b',
      'nullable',
      'Truex',
      '1.5',
      '8.10',
    ])
      expect(mayBeTyped(plain)).withContext(plain).toBeFalse();
  });
});
