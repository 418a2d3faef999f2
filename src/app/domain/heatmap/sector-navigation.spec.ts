import { neighbourSector } from './sector-navigation';

describe('neighbourSector', () => {
  const at = { wedge: 3, level: 2 };

  it('moves to the neighbouring wedge with left and right, wrapping round the circle', () => {
    expect(neighbourSector(at, 'ArrowRight', 19, 5)).toEqual({ wedge: 4, level: 2 });
    expect(neighbourSector(at, 'ArrowLeft', 19, 5)).toEqual({ wedge: 2, level: 2 });
    expect(neighbourSector({ wedge: 18, level: 1 }, 'ArrowRight', 19, 5)).toEqual({ wedge: 0, level: 1 });
    expect(neighbourSector({ wedge: 0, level: 1 }, 'ArrowLeft', 19, 5)).toEqual({ wedge: 18, level: 1 });
  });

  it('moves between rings with up and down, stopping at the innermost and outermost', () => {
    expect(neighbourSector(at, 'ArrowUp', 19, 5)).toEqual({ wedge: 3, level: 3 });
    expect(neighbourSector(at, 'ArrowDown', 19, 5)).toEqual({ wedge: 3, level: 1 });
    expect(neighbourSector({ wedge: 3, level: 5 }, 'ArrowUp', 19, 5)).toEqual({ wedge: 3, level: 5 });
    expect(neighbourSector({ wedge: 3, level: 1 }, 'ArrowDown', 19, 5)).toEqual({ wedge: 3, level: 1 });
  });

  it('jumps to the first and last wedge with Home and End', () => {
    expect(neighbourSector(at, 'Home', 19, 5)).toEqual({ wedge: 0, level: 2 });
    expect(neighbourSector(at, 'End', 19, 5)).toEqual({ wedge: 18, level: 2 });
  });

  it('ignores other keys and empty charts', () => {
    expect(neighbourSector(at, 'Enter', 19, 5)).toBeUndefined();
    expect(neighbourSector(at, 'ArrowRight', 0, 5)).toBeUndefined();
  });
});
