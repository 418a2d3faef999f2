/**
 * Advance widths of Roboto (the app's font, embedded in exports) for printable ASCII, in em, measured
 * with canvas `measureText` in Chromium from @fontsource/roboto latin 400 and 500. Layout needs text
 * widths without a DOM (labels must be proven not to overlap, and laid out per character along arcs),
 * so they come from this table; other characters count as a wide average glyph.
 */
const WIDTHS: Record<FontWeight, readonly number[]> = {
  400: table(
    '.248,.258,.320,.616,.562,.732,.622,.175,.342,.348,.431,.567,.197,.276,.264,.413,.562,.562,.562,.562,.562,.562,.562,.562,.562,.562,.242,.211,.508,.549,.523,.473,.898,.652,.623,.651,.656,.568,.553,.681,.713,.272,.552,.627,.539,.873,.713,.688,.631,.688,.616,.594,.597,.648,.637,.887,.627,.601,.599,.265,.411,.265,.418,.451,.309,.544,.562,.523,.564,.530,.348,.562,.551,.243,.239,.507,.243,.877,.552,.570,.562,.568,.339,.516,.327,.551,.484,.751,.496,.473,.496,.338,.244,.338,.680',
  ),
  500: table(
    '.249,.265,.319,.603,.568,.736,.641,.167,.346,.350,.443,.555,.224,.340,.278,.390,.568,.568,.568,.568,.568,.568,.568,.568,.568,.568,.264,.240,.509,.563,.520,.486,.897,.663,.631,.653,.653,.565,.551,.681,.709,.283,.556,.632,.540,.875,.709,.689,.638,.689,.629,.605,.609,.654,.646,.880,.631,.611,.603,.271,.417,.271,.429,.448,.320,.539,.562,.522,.563,.536,.353,.567,.556,.255,.251,.521,.255,.871,.557,.567,.562,.566,.354,.515,.333,.556,.496,.742,.503,.490,.503,.333,.249,.333,.663',
  ),
};

/** Wider than most Latin glyphs, so an estimate for other scripts errs towards more room. */
const OTHER = 0.75;
const ELLIPSIS = '…';

export type FontWeight = 400 | 500;

function table(csv: string): number[] {
  return csv.split(',').map(Number);
}

/** Width in px of one character (a code point) at `fontSize`. */
export function charWidth(char: string, fontSize: number, weight: FontWeight = 400): number {
  return codeWidth(char.codePointAt(0) ?? 0, fontSize, weight);
}

function codeWidth(code: number, fontSize: number, weight: FontWeight): number {
  if (code === 0x2026) return 0.8 * fontSize;
  const em = code >= 32 && code < 127 ? WIDTHS[weight][code - 32] : OTHER;
  return em * fontSize;
}

/** Width in px of `text` set in Roboto at `fontSize` (no kerning, as characters are placed one by one). */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 400): number {
  // Code point by code point, as `for...of` would go, without its iterator: the chart's labels are
  // measured many times over before the first paint, in V8's interpreter, where each step of the
  // iterator was an object to collect (about 150 kB of the early paint's garbage).
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    width += codeWidth(code, fontSize, weight);
  }
  return width;
}

/** `text` cut to fit `maxWidth` with an ellipsis, or unchanged when it fits. */
export function ellipsize(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 400): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(chars.join('').trimEnd() + ELLIPSIS, fontSize, weight) > maxWidth) chars.pop();
  return chars.length === 0 ? '' : chars.join('').trimEnd() + ELLIPSIS;
}
