/**
 * Turns the live chart into a standalone SVG or PNG for slide decks: colours resolved from the
 * theme's CSS custom properties into plain sRGB, Roboto embedded as a data URL (loaded only when
 * exporting), and a header with the title, the teams and the date above the chart and its legend.
 */

export interface ExportCaption {
  readonly title: string;
  readonly teams: string;
  readonly date: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Presentation properties copied from the computed style onto every exported element. */
const PROPERTIES = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-linejoin',
  'font-size',
  'font-weight',
  'opacity',
] as const;
const COLOUR_PROPERTIES = new Set(['fill', 'stroke']);

/** The chart as an SVG document (text). */
export async function chartSvg(svg: SVGSVGElement, caption: ExportCaption): Promise<string> {
  const fonts = await embeddedFonts();
  const view = svg.ownerDocument.defaultView;
  if (!view) throw new Error('The chart is not in a window.');
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const toRgb = colourResolver(svg.ownerDocument);
  inlineStyles(svg, clone, view, toRgb);

  const style = getComputedStyle(svg);
  const fontSize = Number.parseFloat(style.fontSize) || 14;
  const headerHeight = Math.round(fontSize * 4.4);
  const margin = 16;
  const out = svg.ownerDocument.createElementNS(SVG_NS, 'svg');
  const totalWidth = width + 2 * margin;
  const totalHeight = height + headerHeight + 2 * margin;
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(totalWidth));
  out.setAttribute('height', String(totalHeight));
  out.setAttribute('viewBox', `0 0 ${totalWidth} ${totalHeight}`);
  out.setAttribute('font-family', 'Roboto, Arial, sans-serif');
  const styleElement = svg.ownerDocument.createElementNS(SVG_NS, 'style');
  styleElement.textContent = fonts;
  out.appendChild(styleElement);

  const background = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  setAttributes(background, { width: totalWidth, height: totalHeight, fill: toRgb(surfaceColour(svg, view)) });
  out.appendChild(background);

  const text = toRgb(style.color);
  const header = svg.ownerDocument.createElementNS(SVG_NS, 'g');
  header.setAttribute('transform', `translate(${margin},${margin})`);
  header.appendChild(textElement(svg.ownerDocument, caption.title, fontSize * 1.5, 500, text, fontSize * 1.5));
  header.appendChild(
    textElement(svg.ownerDocument, `${caption.teams} · ${caption.date}`, fontSize, 400, text, fontSize * 3.3),
  );
  out.appendChild(header);

  clone.removeAttribute('role');
  clone.removeAttribute('class');
  setAttributes(clone, { x: margin, y: margin + headerHeight });
  out.appendChild(clone);
  return new XMLSerializer().serializeToString(out);
}

/** The chart as a PNG at `scale` times its size (crisp on slides and high-density screens). */
export async function chartPng(svg: SVGSVGElement, caption: ExportCaption, scale = 2): Promise<Blob> {
  const text = await chartSvg(svg, caption);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = svg.ownerDocument.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Copies the computed presentation of each element to attributes and drops what only the page needs. */
function inlineStyles(source: Element, target: Element, view: Window, toRgb: (colour: string) => string): void {
  const style = view.getComputedStyle(source);
  for (const property of PROPERTIES) {
    const value = style.getPropertyValue(property);
    if (value === '') continue;
    target.setAttribute(property, COLOUR_PROPERTIES.has(property) ? toRgb(value) : value);
  }
  target.removeAttribute('style');
  target.removeAttribute('tabindex');
  target.removeAttribute('class');
  target.removeAttribute('data-key');
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) inlineStyles(sourceChildren[i], targetChildren[i], view, toRgb);
}

/**
 * Any CSS colour (oklab, color-mix, light-dark...) as `#rrggbb` or `rgba(...)`, by painting it on a
 * 1×1 canvas: SVG importers of slide tools understand only plain sRGB.
 */
function colourResolver(document: Document): (colour: string) => string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const cache = new Map<string, string>();
  return (colour) => {
    if (colour === 'none' || colour === '' || !context) return colour || 'none';
    const known = cache.get(colour);
    if (known) return known;
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = '#000';
    context.fillStyle = colour;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    const hex = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    const result = a === 255 ? hex : a === 0 ? 'none' : `rgba(${r},${g},${b},${(a / 255).toFixed(3)})`;
    cache.set(colour, result);
    return result;
  };
}

/** The page background behind the chart, so the export looks like the screen (light or dark). */
function surfaceColour(svg: SVGSVGElement, view: Window): string {
  for (let element: Element | null = svg; element; element = element.parentElement) {
    const colour = view.getComputedStyle(element).backgroundColor;
    if (colour && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') return colour;
  }
  return '#ffffff';
}

function textElement(
  document: Document,
  content: string,
  size: number,
  weight: number,
  fill: string,
  y: number,
): SVGTextElement {
  const element = document.createElementNS(SVG_NS, 'text');
  setAttributes(element, { x: 0, y, 'font-size': size, 'font-weight': weight, fill });
  element.textContent = content;
  return element;
}

function setAttributes(element: Element, attributes: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
}

/** @font-face rules with Roboto 400 and 500 as data URLs; the font files load only on export. */
async function embeddedFonts(): Promise<string> {
  const [regular, medium] = await Promise.all([
    import('@fontsource/roboto/files/roboto-latin-400-normal.woff2', { with: { loader: 'dataurl' } }),
    import('@fontsource/roboto/files/roboto-latin-500-normal.woff2', { with: { loader: 'dataurl' } }),
  ]);
  const face = (url: string, weight: number) =>
    `@font-face{font-family:Roboto;font-style:normal;font-weight:${weight};src:url(${url}) format('woff2')}`;
  return face(regular.default, 400) + face(medium.default, 500);
}
