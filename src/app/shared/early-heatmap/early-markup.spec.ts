import { sectorViews } from '../../domain/heatmap/sector-views';
import { sunburstLayout } from '../../domain/heatmap/sunburst-layout';
import { scoreAssessment } from '../../domain/scoring/score-assessment';
import { modelFixture, STAGES, TODAY, uuidOf } from '../../domain/testing/model-fixture';
import { chartMarkup, chipsMarkup } from './early-markup';

describe('chartMarkup', () => {
  const model = modelFixture({
    'Build <and> Deployment': {
      Build: [
        ['a', 1],
        ['b', 1],
        ['c', 2],
      ],
    },
    'Test & Verification': { 'Static depth': [['d', 1]] },
  });
  const scores = scoreAssessment({
    model,
    stages: STAGES,
    progress: { [uuidOf('a')]: { 'Team A': { stages: { 'Fully implemented': '2026-01-03' } } } },
    teams: ['Team A'],
    day: TODAY,
  });
  const layout = sunburstLayout(model.dimensions, 3, 500);
  const chart = () => {
    const host = document.createElement('div');
    host.innerHTML = chartMarkup(layout, scores, 'Circular heatmap for "Team <A>"');
    return host.querySelector('svg')!;
  };

  it('draws every sector of the layout with the fill HeatmapChart gives it, keyed as there', () => {
    const views = sectorViews(layout, scores);
    const paths = [...chart().querySelectorAll<SVGPathElement>('path.heat-sector')];
    expect(paths.map((p) => p.dataset['key'])).toEqual(views.map((v) => v.key));
    // As the browser reads a fill back (the same for Angular's [style.fill] binding).
    const asStyled = (fill: string | undefined) => {
      const element = document.createElement('b');
      if (fill !== undefined) element.style.fill = fill;
      return element.style.fill;
    };
    expect(paths.map((p) => p.style.fill)).toEqual(views.map((v) => asStyled(v.fill)));
    expect(paths.some((p) => p.style.fill !== '')).toBeTrue();
    expect(paths.map((p) => p.classList.contains('empty'))).toEqual(views.map((v) => v.empty));
    expect(paths.map((p) => p.getAttribute('d'))).toEqual(views.map((v) => v.path));
  });

  it('is one image named as the page names its chart, with the names in the files as text', () => {
    const svg = chart();
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Circular heatmap for "Team <A>"');
    expect(svg.textContent).toContain('Build <and> Deployment');
    expect(svg.querySelectorAll('[tabindex], a, button').length).toBe(0);
  });
});

// The early paint writes this markup with innerHTML (no sanitiser on the first-paint path): every
// name from the files or the browser's storage must arrive as text, never as markup.
describe('early markup with hostile names', () => {
  const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  const elementsOf = (root: Element) => [...root.querySelectorAll('*')].map((e) => e.localName);

  it('draws a dimension, sub-dimension and label named with markup as text', () => {
    const model = modelFixture({ [HOSTILE]: { [`Sub ${HOSTILE}`]: [['a', 1]] } });
    const scores = scoreAssessment({ model, stages: STAGES, progress: {}, teams: ['T'], day: TODAY });
    const host = document.createElement('div');
    host.innerHTML = chartMarkup(sunburstLayout(model.dimensions, 2, 500), scores, HOSTILE);
    expect(elementsOf(host).filter((name) => ['img', 'script'].includes(name))).toEqual([]);
    expect(host.querySelector('svg')!.getAttribute('aria-label')).toBe(HOSTILE);
    expect(host.textContent).toContain(HOSTILE);
  });

  it('shows team and group chips, the find summary and the notes named with markup as text', () => {
    const chip = (kind: 'group' | 'team', selected: boolean) => ({
      key: `${kind}:${HOSTILE}`,
      label: `${kind} ${HOSTILE}`,
      kind,
      name: HOSTILE,
      selected,
      hint: HOSTILE,
    });
    const host = document.createElement('div');
    host.innerHTML = chipsMarkup([chip('group', false), chip('team', true)], HOSTILE, HOSTILE, HOSTILE);
    expect(elementsOf(host).filter((name) => ['img', 'script'].includes(name))).toEqual([]);
    expect([...host.querySelectorAll('.chip .text')].map((e) => e.textContent)).toEqual([
      `group ${HOSTILE}`,
      `team ${HOSTILE}`,
    ]);
    expect(host.querySelector('.summary')!.textContent).toBe(HOSTILE);
    expect(host.querySelector('.more')!.textContent).toBe(HOSTILE);
  });
});
