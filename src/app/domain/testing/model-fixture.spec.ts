import { modelFixture, SMALL_MODEL, STAGES, uuidOf } from './model-fixture';

describe('modelFixture', () => {
  it('builds dimensions, sub-dimensions, activities in order and the uuid index', () => {
    const model = modelFixture({
      D: {
        S: [
          ['One', 1],
          ['Two', 2, 'custom-uuid'],
        ],
      },
      E: { T: [['Three', 3]] },
    });
    expect(model.activities.map((a) => [a.name, a.uuid, a.level, a.dimension, a.subDimension])).toEqual([
      ['One', uuidOf('One'), 1, 'D', 'S'],
      ['Two', 'custom-uuid', 2, 'D', 'S'],
      ['Three', uuidOf('Three'), 3, 'E', 'T'],
    ]);
    expect(model.dimensions.map((d) => d.subDimensions.map((s) => s.name))).toEqual([['S'], ['T']]);
    expect(model.byUuid.get('custom-uuid')?.name).toBe('Two');
  });

  it('offers a small model and the standard stages', () => {
    expect(SMALL_MODEL.activities.length).toBe(5);
    expect(SMALL_MODEL.byUuid.get('f6f7737f-25a9-4317-8de2-09bf59f29b5b')?.name).toBe('Defined build process');
    expect(STAGES.map((s) => s.score)).toEqual([0, 0.2, 0.5, 1]);
  });
});
