/**
 * `color-mix(in oklab, <to> p%, <from>)` computed without a browser: the heatmap's sector colours as
 * plain sRGB for a standalone SVG. The screen draws the same mix with CSS (see `heatColour`), so an
 * exported chart has the colours the user saw. Matrices from Björn Ottosson's OKLab definition.
 */

type Triple = readonly [number, number, number];

/** `#rgb` or `#rrggbb` (any case) as 0..1 sRGB channels; undefined for anything else. */
export function parseHexColour(colour: string): Triple | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  const channel = (at: number): number => parseInt(hex.slice(at, at + 2), 16) / 255;
  return [channel(0), channel(2), channel(4)];
}

/**
 * The colour `amount` (0..1) of the way from `from` to `to`, interpolated in OKLab, as `#rrggbb`.
 * Throws a RangeError for colours that are not hex: callers resolve theme colours first.
 */
export function mixOklab(from: string, to: string, amount: number): string {
  const a = toOklab(hexOrThrow(from));
  const b = toOklab(hexOrThrow(to));
  const t = Number.isFinite(amount) ? Math.min(1, Math.max(0, amount)) : 0;
  const mixed: Triple = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
  return toHex(fromOklab(mixed));
}

function hexOrThrow(colour: string): Triple {
  const rgb = parseHexColour(colour);
  if (!rgb) throw new RangeError(`"${colour}" is not a #rrggbb colour.`);
  return rgb;
}

function toLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

function fromLinear(c: number): number {
  return c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
}

function toOklab([r, g, b]: Triple): Triple {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function fromOklab([L, a, b]: Triple): Triple {
  const l = Math.pow(L + 0.3963377774 * a + 0.2158037573 * b, 3);
  const m = Math.pow(L - 0.1055613458 * a - 0.0638541728 * b, 3);
  const s = Math.pow(L - 0.0894841775 * a - 1.291485548 * b, 3);
  return [
    fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  ];
}

function toHex(rgb: Triple): string {
  // A mix of two sRGB colours can leave the gamut by a hair; clipping is what browsers paint.
  const byte = (c: number) => Math.round(Math.min(1, Math.max(0, c)) * 255);
  return `#${rgb.map((c) => byte(c).toString(16).padStart(2, '0')).join('')}`;
}
