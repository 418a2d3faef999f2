/** A sector's place in the chart: wedge index (clockwise from 12 o'clock) and level (1 = inner ring). */
export interface SectorPosition {
  readonly wedge: number;
  readonly level: number;
}

/**
 * The sector a key moves focus to, or undefined when the key does not move: Left/Right go to the
 * neighbouring wedge (anticlockwise/clockwise, wrapping round), Up/Down to the ring outside/inside
 * (stopping at the edges), Home/End to the first/last wedge at the same level.
 */
export function neighbourSector(
  from: SectorPosition,
  key: string,
  wedgeCount: number,
  maxLevel: number,
): SectorPosition | undefined {
  if (wedgeCount <= 0 || maxLevel <= 0) return undefined;
  const wrap = (wedge: number) => ((wedge % wedgeCount) + wedgeCount) % wedgeCount;
  switch (key) {
    case 'ArrowRight':
      return { wedge: wrap(from.wedge + 1), level: from.level };
    case 'ArrowLeft':
      return { wedge: wrap(from.wedge - 1), level: from.level };
    case 'ArrowUp':
      return { wedge: from.wedge, level: Math.min(maxLevel, from.level + 1) };
    case 'ArrowDown':
      return { wedge: from.wedge, level: Math.max(1, from.level - 1) };
    case 'Home':
      return { wedge: 0, level: from.level };
    case 'End':
      return { wedge: wedgeCount - 1, level: from.level };
    default:
      return undefined;
  }
}
