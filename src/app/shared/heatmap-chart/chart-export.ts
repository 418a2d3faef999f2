import { EmbeddedFont, HeatmapColours, heatmapSvg, HeatmapSvgInput } from '../../domain/heatmap/heatmap-svg';

/**
 * The heatmap as a standalone SVG or PNG for slide decks. The document comes from `heatmapSvg`
 * (the same layout as the screen, and the same file the command line writes); what only a browser
 * knows is added here: the theme's colours, resolved from the CSS custom properties, and Roboto,
 * embedded as data URLs and loaded only when exporting.
 */
export type ChartExport = Omit<HeatmapSvgInput, 'colours' | 'fonts'>;

/** The custom property behind each colour of the export. */
const THEME: Record<keyof HeatmapColours, string> = {
  background: '--mat-sys-surface',
  text: '--app-chart-text',
  band: '--mat-sys-surface-container-highest',
  sectorStroke: '--mat-sys-surface',
  emptySector: '--mat-sys-surface',
  emptyStroke: '--app-heat-empty-stroke',
  heat0: '--app-heat-0',
  heat1: '--app-heat-1',
  rampFrame: '--mat-sys-outline-variant',
  tick: '--mat-sys-outline',
  dueMarker: '--app-due-marker',
};

/** The chart as an SVG document, in the theme showing at `context` (light or dark). */
export async function chartSvg(context: Element, chart: ChartExport): Promise<string> {
  const [colours, fonts] = [themeColours(context), await embeddedFonts()];
  return heatmapSvg({ ...chart, colours, fonts });
}

/** The chart as a PNG at `scale` times its size (crisp on slides and high-density screens). */
export async function chartPng(context: Element, chart: ChartExport, scale = 2): Promise<Blob> {
  const text = await chartSvg(context, chart);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = context.ownerDocument.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const drawing = canvas.getContext('2d');
    if (!drawing) throw new Error('This browser cannot draw images.');
    drawing.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Each theme colour as `#rrggbb`: a probe element takes `color: var(--...)`, which the browser
 * resolves (light-dark(), color-mix()...) for the colour scheme in force at `context`, and a 1×1
 * canvas turns whatever colour space it ends in into sRGB.
 */
export function themeColours(context: Element): HeatmapColours {
  const document = context.ownerDocument;
  const view = document.defaultView;
  const probe = document.createElement('span');
  probe.style.display = 'none';
  context.appendChild(probe);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const drawing = canvas.getContext('2d', { willReadFrequently: true });
  try {
    const colour = (key: keyof HeatmapColours): string => {
      probe.style.color = `var(${THEME[key]})`;
      return toHex(view?.getComputedStyle(probe).color ?? '', drawing);
    };
    return {
      background: colour('background'),
      text: colour('text'),
      band: colour('band'),
      sectorStroke: colour('sectorStroke'),
      emptySector: colour('emptySector'),
      emptyStroke: colour('emptyStroke'),
      heat0: colour('heat0'),
      heat1: colour('heat1'),
      rampFrame: colour('rampFrame'),
      tick: colour('tick'),
      dueMarker: colour('dueMarker'),
    };
  } finally {
    probe.remove();
  }
}

function toHex(colour: string, drawing: CanvasRenderingContext2D | null): string {
  if (!drawing || colour === '') return '#000000';
  drawing.clearRect(0, 0, 1, 1);
  drawing.fillStyle = '#000';
  drawing.fillStyle = colour;
  drawing.fillRect(0, 0, 1, 1);
  const [r, g, b] = drawing.getImageData(0, 0, 1, 1).data;
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Roboto 400 and 500 as data URLs; the font files are fetched only when someone exports. */
async function embeddedFonts(): Promise<EmbeddedFont[]> {
  const [regular, medium] = await Promise.all([
    import('@fontsource/roboto/files/roboto-latin-400-normal.woff2', { with: { loader: 'dataurl' } }),
    import('@fontsource/roboto/files/roboto-latin-500-normal.woff2', { with: { loader: 'dataurl' } }),
  ]);
  return [
    { weight: 400, url: regular.default },
    { weight: 500, url: medium.default },
  ];
}
