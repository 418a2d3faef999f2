import { HeatmapColours } from '../../src/app/domain/heatmap/heatmap-svg';

/**
 * The app's theme colours, resolved, for SVGs drawn without a browser. The heat scale and chart
 * colours are src/styles.scss's custom properties (`--app-heat-0` ... : light-dark(light, dark));
 * the surface and outline colours are the Material 3 tokens the azure theme generates
 * (`--mat-sys-surface` ...). cli/test checks the first against styles.scss.
 */
export const THEME_COLOURS: Readonly<Record<'light' | 'dark', HeatmapColours>> = {
  light: {
    background: '#faf9fd',
    text: '#1a1b1f',
    band: '#e3e2e6',
    sectorStroke: '#faf9fd',
    emptySector: '#faf9fd',
    emptyStroke: '#a09caa',
    heat0: '#f3f1f8',
    heat1: '#1b5e9a',
    rampFrame: '#c4c6d0',
    tick: '#74777f',
    dueMarker: '#c25e00',
  },
  dark: {
    background: '#121316',
    text: '#e3e2e6',
    band: '#343537',
    sectorStroke: '#121316',
    emptySector: '#121316',
    emptyStroke: '#6c6875',
    heat0: '#26242c',
    heat1: '#7cc0ff',
    rampFrame: '#44474e',
    tick: '#8e9099',
    dueMarker: '#ffa040',
  },
};
