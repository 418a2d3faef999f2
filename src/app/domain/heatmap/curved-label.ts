import { degrees, isLowerHalf, polar, round2 } from './polar';
import { charWidth, ellipsize, FontWeight, textWidth } from './text-width';

/**
 * Text set along an arc without a `<textPath>` (which needs a document-wide id): every character
 * gets its own position and rotation through the `x`, `y` and `rotate` list attributes of `<text>`.
 */
export interface CurvedLabel {
  /** The text as drawn (possibly shortened with an ellipsis). */
  readonly text: string;
  /** The full text, for a `<title>` when it was shortened. */
  readonly fullText: string;
  readonly x: string;
  readonly y: string;
  readonly rotate: string;
  readonly fontSize: number;
  /** Angular extent actually covered, for tests and overlap checks. */
  readonly startAngle: number;
  readonly endAngle: number;
}

export interface CurvedLabelInput {
  readonly text: string;
  /** Radius of the visual middle of the text (not the baseline). */
  readonly radius: number;
  readonly startAngle: number;
  readonly endAngle: number;
  readonly fontSize: number;
  /** Smallest size the text may shrink to before it is shortened. */
  readonly minFontSize: number;
  readonly weight?: FontWeight;
}

/** Share of the arc that text may fill, leaving room at both ends. */
const FILL = 0.9;

/**
 * Centres `text` on the arc. In the upper half it runs clockwise with glyph tops outwards; in the
 * lower half counter-clockwise with glyph tops inwards, so it is never upside down. Text too long
 * for the arc is first made smaller (down to `minFontSize`), then shortened with an ellipsis.
 */
export function curvedLabel(input: CurvedLabelInput): CurvedLabel {
  const weight = input.weight ?? 500;
  const mid = (input.startAngle + input.endAngle) / 2;
  const lower = isLowerHalf(mid);
  const available = (input.endAngle - input.startAngle) * input.radius * FILL;
  let fontSize = input.fontSize;
  const natural = textWidth(input.text, fontSize, weight);
  if (natural > available) fontSize = Math.max(input.minFontSize, (fontSize * available) / natural);
  const text = ellipsize(input.text, available, fontSize, weight);
  // The baseline sits below the visual middle by about a third of the size (x-height / 2).
  const baseline = input.radius + (lower ? 1 : -1) * 0.35 * fontSize;
  const total = textWidth(text, fontSize, weight) / baseline;
  const direction = lower ? -1 : 1;
  let along = mid - (direction * total) / 2;
  const xs: number[] = [];
  const ys: number[] = [];
  const rotations: number[] = [];
  for (const char of text) {
    const width = charWidth(char, fontSize, weight);
    const centre = along + (direction * width) / 2 / baseline;
    const [cx, cy] = polar(baseline, centre);
    // Direction of reading at the character's centre (tangent), from which its left edge is found.
    const tx = direction * Math.cos(centre);
    const ty = direction * Math.sin(centre);
    const rotation = degrees(Math.atan2(ty, tx));
    // A character outside the basic plane is two UTF-16 units; SVG positions the first, and the
    // repeated values keep the lists aligned with the units that follow.
    const units = char.length;
    xs.push(...new Array<number>(units).fill(round2(cx - (tx * width) / 2)));
    ys.push(...new Array<number>(units).fill(round2(cy - (ty * width) / 2)));
    rotations.push(...new Array<number>(units).fill(round2(rotation)));
    along += (direction * width) / baseline;
  }
  const ends = [mid - total / 2, mid + total / 2];
  return {
    text,
    fullText: input.text,
    x: xs.join(' '),
    y: ys.join(' '),
    rotate: rotations.join(' '),
    fontSize: round2(fontSize),
    startAngle: ends[0],
    endAngle: ends[1],
  };
}
