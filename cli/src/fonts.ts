import { EmbeddedFont } from '../../src/app/domain/heatmap/heatmap-svg';
import regular from '@fontsource/roboto/files/roboto-latin-400-normal.woff2';
import medium from '@fontsource/roboto/files/roboto-latin-500-normal.woff2';

/** Roboto 400 and 500, the faces the chart uses, as the app embeds them in its exports. */
export const ROBOTO: readonly EmbeddedFont[] = [
  { weight: 400, url: regular },
  { weight: 500, url: medium },
];
