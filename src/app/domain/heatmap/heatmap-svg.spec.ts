import { scoreAssessment } from '../scoring/score-assessment';
import { modelFixture, STAGES, uuidOf, TODAY } from '../testing/model-fixture';
import { Progress } from '../types';
import { heatmapChartSize, HeatmapColours, heatmapLegendHeight, heatmapSvg, HeatmapSvgInput } from './heatmap-svg';
import { mixOklab } from './oklab-mix';
import { sectorLabel, sectorViews } from './sector-views';
import { sunburstLayout } from './sunburst-layout';

const COLOURS: HeatmapColours = {
  background: '#faf9fd',
  text: '#1a1b1f',
  band: '#e3e2e6',
  sectorStroke: '#faf9fd',
  emptySector: '#fafafa',
  emptyStroke: '#a09caa',
  heat0: '#f3f1f8',
  heat1: '#1b5e9a',
  rampFrame: '#c4c6d0',
  dueMarker: '#c25e00',
  tick: '#74777f',
};

describe('heatmapSvg', () => {
  const model = modelFixture({
    'Build & <Deploy>': {
      Build: [
        ['a', 1],
        ['b', 1],
      ],
      Deployment: [['c', 2]],
    },
    'Test and Verification': { 'Static depth': [['d', 1]] },
  });
  const done = {
    stages: { Started: '2026-01-01', 'Partly implemented': '2026-01-02', 'Fully implemented': '2026-01-03' },
  };
  const progress: Progress = {
    [uuidOf('a')]: { 'Team A': done },
    [uuidOf('b')]: { 'Team A': { stages: { Started: '2026-01-01' } } },
  };
  const scores = scoreAssessment({ day: TODAY, model, stages: STAGES, progress, teams: ['Team A'], maxLevel: 3 });
  const input: HeatmapSvgInput = {
    dimensions: model.dimensions,
    maxLevel: 3,
    scores,
    size: 480,
    caption: { title: 'DevSecOps maturity heatmap', teams: 'Team A & "B"', date: '22 Nov 2026' },
    colours: COLOURS,
  };
  const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');
  const sectors = (doc: Document) => [...doc.querySelectorAll('path')].filter((p) => p.querySelector('title'));

  it('is a well-formed standalone SVG with the caption above the chart', () => {
    const doc = parse(heatmapSvg(input));
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('512');
    expect(root.querySelector('title')?.textContent).toBe('DevSecOps maturity heatmap: Team A & "B" · 22 Nov 2026');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('DevSecOps maturity heatmap');
    expect(texts).toContain('Team A & "B" · 22 Nov 2026');
    expect(texts).toContain('Rings: level 1 (centre) to level 3 (edge)');
  });

  it('draws one sector per sub-dimension and level, shaped by the app layout and named for tooltips', () => {
    const doc = parse(heatmapSvg(input));
    const paths = sectors(doc);
    const layout = sunburstLayout(model.dimensions, 3, 480);
    expect(paths.length).toBe(3 * 3);
    expect(paths.map((p) => p.getAttribute('d'))).toEqual(layout.sectors.map((s) => s.path));
    expect(paths[0].querySelector('title')?.textContent).toBe(
      sectorLabel('Build', 'Build & <Deploy>', 1, { total: 2, done: 1, score: 0.6 }),
    );
  });

  it('colours sectors by score, mixing the scale ends in OKLab, and leaves empty ones plain', () => {
    const fills = sectors(parse(heatmapSvg(input))).map((p) => p.getAttribute('fill'));
    // Build level 1: (1 + 0.2) / 2; Deployment level 2: 0; Static depth level 1: 0; the rest empty.
    expect(fills[0]).toBe(mixOklab(COLOURS.heat0, COLOURS.heat1, 0.6));
    expect(fills[4]).toBe(COLOURS.heat0);
    expect(fills[6]).toBe(COLOURS.heat0);
    expect(fills[1]).toBe(COLOURS.emptySector);
    const full = scoreAssessment({
      day: TODAY,
      model,
      stages: STAGES,
      progress: { [uuidOf('d')]: { 'Team A': done } },
      teams: ['Team A'],
      maxLevel: 3,
    });
    expect(sectors(parse(heatmapSvg({ ...input, scores: full })))[6].getAttribute('fill')).toBe(COLOURS.heat1);
  });

  it('dots sectors whose activities are all not applicable, like the app, and says so in the legend', () => {
    const na = { reason: 'no deployments', date: '2026-05-01' };
    const marked = scoreAssessment({
      day: TODAY,
      model,
      stages: STAGES,
      progress: { ...progress, [uuidOf('c')]: { 'Team A': { stages: {}, notApplicable: na } } },
      teams: ['Team A'],
      maxLevel: 3,
    });
    const doc = parse(heatmapSvg({ ...input, scores: marked }));
    const deployment2 = sectors(doc)[4];
    expect(deployment2.getAttribute('fill')).toBe(COLOURS.emptySector);
    expect(deployment2.querySelector('title')?.textContent).toBe(
      'Deployment (Build & <Deploy>), level 2: 1 not applicable',
    );
    const layout = sunburstLayout(model.dimensions, 3, 480);
    const view = sectorViews(layout, marked).find((v) => v.key === '1:2')!;
    const dots = (d: Document) => d.querySelector(`g[fill="${COLOURS.emptyStroke}"]`)!;
    expect(view.dots).not.toBe('');
    expect([...dots(doc).children].map((p) => p.getAttribute('d'))).toEqual([view.dots]);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('No activities at this level');
    expect(texts).toContain('Not applicable');
    expect(dots(parse(heatmapSvg(input))).children.length).toBe(0);
  });

  it('marks sectors with activities due for review with a dot, in the title and the legend', () => {
    const due = scoreAssessment({
      day: TODAY,
      model,
      stages: STAGES,
      progress,
      teams: ['Team A'],
      maxLevel: 3,
      review: { evidence: new Map(), interval: { months: 6, days: 0 } },
    });
    const doc = parse(heatmapSvg({ ...input, scores: due }));
    const markers = [...doc.querySelectorAll(`g[fill="${COLOURS.dueMarker}"] circle`)];
    const view = sectorViews(sunburstLayout(model.dimensions, 3, 480), due).find((v) => v.key === '0:1')!;
    expect(markers.map((c) => [c.getAttribute('cx'), c.getAttribute('cy')])).toEqual([
      [String(view.dueMarker!.x), String(view.dueMarker!.y)],
    ]);
    expect(sectors(doc)[0].querySelector('title')?.textContent).toBe(
      'Build (Build & <Deploy>), level 1: 60%, done: 1 / 2, 2 due for review',
    );
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toContain('Activities due for review');
    // The legend says what the dot means even when nothing is due; no sector has one then.
    const none = parse(heatmapSvg(input));
    expect(none.querySelectorAll(`g[fill="${COLOURS.dueMarker}"] circle`).length).toBe(0);
  });

  it('shows the overall score in the centre and the colour ramp in the legend', () => {
    const doc = parse(heatmapSvg(input));
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('30%');
    const ramp = [...doc.querySelectorAll('rect[height="12"]')].map((r) => r.getAttribute('fill'));
    expect(ramp.length).toBe(41);
    expect(ramp[0]).toBe(mixOklab(COLOURS.heat0, COLOURS.heat1, 0.013));
    expect(ramp[39]).toBe(mixOklab(COLOURS.heat0, COLOURS.heat1, 0.988));
    expect(texts).toContain('0%');
    expect(texts).toContain('100%');
  });

  it('escapes names and drops characters XML cannot hold', () => {
    const odd = modelFixture({ 'A <b> & "c"\u0001': { 'x]]>y': [['e', 1]] } });
    const text = heatmapSvg({
      ...input,
      dimensions: odd.dimensions,
      scores: scoreAssessment({ day: TODAY, model: odd, stages: STAGES, progress: {}, teams: ['T'], maxLevel: 3 }),
      caption: { title: '<script>alert(1)</script>', teams: 'T', date: 'today' },
    });
    expect(text).not.toContain('<script>');
    const doc = parse(text);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('script')).toBeNull();
    expect(sectors(doc)[0].querySelector('title')?.textContent).toContain('x]]>y (A <b> & "c")');
  });

  it('embeds fonts only as data URLs', () => {
    const url = 'data:font/woff2;base64,d09GMgABAAAAA==';
    const text = heatmapSvg({
      ...input,
      fonts: [
        { weight: 400, url },
        { weight: 500, url },
      ],
    });
    const style = parse(text).querySelector('style')?.textContent ?? '';
    expect(style).toContain(`font-weight:400;src:url(${url}) format('woff2')`);
    expect(style).toContain('font-weight:500');
    expect(heatmapSvg(input)).not.toContain('<style');
    expect(() =>
      heatmapSvg({ ...input, fonts: [{ weight: 400, url: 'https://example.com/roboto.woff2' }] }),
    ).toThrowError(RangeError);
  });

  it('puts nothing between the lines of a label: whitespace there is drawn and shifts end-anchored text', () => {
    const labels = [...parse(heatmapSvg({ ...input, size: 300 })).querySelectorAll('text')].filter(
      (text) => text.querySelector('tspan') !== null,
    );
    expect(labels.length).toBe(3);
    for (const label of labels) expect([...label.childNodes].every((node) => node.nodeName === 'tspan')).toBeTrue();
  });

  it('gives the same document for the same input (no ids, no time)', () => {
    expect(heatmapSvg(input)).toBe(heatmapSvg(input));
    expect(heatmapSvg(input)).not.toMatch(/\sid="/);
  });
});

describe('heatmapChartSize', () => {
  it('fills the width, or less where the height leaves less room above the legend', () => {
    expect(heatmapChartSize({ width: 576, height: 2000 }, true)).toBe(576);
    const legend = heatmapLegendHeight(576 / 52);
    expect(heatmapChartSize({ width: 576, height: 686 }, true)).toBe(Math.floor(686 - legend));
    expect(heatmapChartSize({ width: 576, height: 686 }, false)).toBe(576);
    // Too short for a chart above the legend: the width, the page scrolls.
    expect(heatmapChartSize({ width: 300, height: 120 }, true)).toBe(300);
    expect(heatmapChartSize({ width: 0, height: 0 }, true)).toBe(0);
  });
});
