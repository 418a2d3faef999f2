import { modelFixture, SMALL_MODEL } from '../testing/model-fixture';
import { gridCount, matrixGrid, matrixOrder, orderNeighbours } from './matrix-grid';

describe('matrix grid', () => {
  it('places activities by sub-dimension row and level column, in model order', () => {
    const sections = matrixGrid(SMALL_MODEL.dimensions, SMALL_MODEL.activities, 3);
    expect(sections.map((s) => s.dimension)).toEqual(['Build and Deployment', 'Test and Verification']);
    const build = sections[0].rows[0];
    expect(build.subDimension).toBe('Build');
    expect(build.cells.map((cell) => cell.map((a) => a.name))).toEqual([
      ['Defined build process'],
      ['Building and testing of artifacts in virtual environments'],
      [],
    ]);
    expect(gridCount(sections)).toBe(5);
  });

  it('leaves out rows and sections without a shown activity', () => {
    const shown = SMALL_MODEL.activities.filter((a) => a.subDimension === 'Static depth');
    const sections = matrixGrid(SMALL_MODEL.dimensions, shown, 3);
    expect(sections.length).toBe(1);
    expect(sections[0].rows.map((r) => r.subDimension)).toEqual(['Static depth']);
    expect(gridCount(sections)).toBe(2);
  });

  it('does not place activities above the shown levels', () => {
    const sections = matrixGrid(SMALL_MODEL.dimensions, SMALL_MODEL.activities, 2);
    expect(gridCount(sections)).toBe(4);
    expect(sections[1].rows[0].cells.length).toBe(2);
  });

  it('orders activities as the matrix reads: sub-dimension, then level, then file order', () => {
    const model = modelFixture({
      D: {
        S: [
          ['c', 2],
          ['a', 1],
          ['d', 2],
          ['b', 1],
        ],
        T: [['e', 1]],
      },
    });
    const order = matrixOrder(model.dimensions).map((a) => a.name);
    expect(order).toEqual(['a', 'b', 'c', 'd', 'e']);
    const all = matrixOrder(model.dimensions);
    const middle = orderNeighbours(all, all[2].uuid);
    expect([middle.previous?.name, middle.next?.name, middle.position]).toEqual(['b', 'd', 3]);
    expect(orderNeighbours(all, all[0].uuid).previous).toBeUndefined();
    expect(orderNeighbours(all, all[4].uuid).next).toBeUndefined();
    expect(orderNeighbours(all, 'unknown')).toEqual({});
  });
});
