import { ComponentFixture, TestBed } from '@angular/core/testing';
import { heatColour } from '../../domain/heatmap/colour-scale';
import { SectorView } from '../../domain/heatmap/sector-views';
import { scoreAssessment } from '../../domain/scoring/score-assessment';
import { modelFixture, STAGES, uuidOf, TODAY } from '../../domain/testing/model-fixture';
import { Progress } from '../../domain/types';
import { HeatmapChart } from './heatmap-chart';

const MODEL = modelFixture({
  'Build and Deployment': {
    Build: [
      ['Defined build process', 1],
      ['Signed artifacts', 2],
    ],
    Deployment: [['Defined deployment process', 1]],
  },
  'Test and Verification': { 'Static depth': [['Test for stored secrets', 1]] },
});
const FULL = {
  stages: { Started: '2026-01-01', 'Partly implemented': '2026-01-02', 'Fully implemented': '2026-01-03' },
};
const TEAMS = ['Team A', 'Team B'];

function scores(progress: Progress, selected: string[] = []) {
  return scoreAssessment({ day: TODAY, model: MODEL, stages: STAGES, progress, teams: TEAMS, selected, maxLevel: 3 });
}

describe('HeatmapChart', () => {
  let fixture: ComponentFixture<HeatmapChart>;
  let opened: SectorView[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(HeatmapChart);
    fixture.componentRef.setInput('dimensions', MODEL.dimensions);
    fixture.componentRef.setInput('maxLevel', 3);
    fixture.componentRef.setInput('interactive', true);
    fixture.componentRef.setInput('scores', scores({ [uuidOf('Defined build process')]: { 'Team A': FULL } }));
    opened = [];
    fixture.componentInstance.openSector.subscribe((view) => opened.push(view));
    const host = fixture.nativeElement as HTMLElement;
    host.style.display = 'block';
    host.style.width = '520px';
    host.style.height = '640px';
    await settle(fixture);
  });

  const sectors = () => [...(fixture.nativeElement as HTMLElement).querySelectorAll<SVGPathElement>('path.sector')];
  const sector = (label: RegExp) => sectors().find((s) => label.test(s.getAttribute('aria-label') ?? ''))!;

  it('draws one focusable button per sub-dimension and level, named with its score', () => {
    expect(sectors().length).toBe(3 * 3);
    expect(sectors().every((s) => s.getAttribute('role') === 'button')).toBeTrue();
    const labels = sectors().map((s) => s.getAttribute('aria-label'));
    expect(labels).toContain('Build (Build and Deployment), level 1: 50%, done: 0 / 1');
    expect(labels).toContain('Build (Build and Deployment), level 2: 0%, done: 0 / 1');
    expect(labels).toContain('Static depth (Test and Verification), level 3: no activities');
    // One tab stop for the whole chart.
    expect(sectors().filter((s) => s.getAttribute('tabindex') === '0').length).toBe(1);
  });

  it('fills sectors by score and hatches those without activities', () => {
    expect(sector(/^Build .*level 1/).style.fill).toContain('50%');
    expect(sector(/^Build .*level 1/).style.fill).not.toBe(sector(/^Build .*level 2/).style.fill);
    const empty = sector(/^Deployment .*level 2/);
    expect(empty.classList).toContain('empty');
    expect(empty.style.fill).toBe('');
    expect((fixture.nativeElement as HTMLElement).querySelectorAll('.hatch path').length).toBe(5);
  });

  it('moves focus with the arrow keys and opens a sector with Enter or Space', async () => {
    const first = sectors().find((s) => s.getAttribute('tabindex') === '0')!;
    expect(first.getAttribute('aria-label')).toMatch(/^Build .*level 1/);
    first.focus();
    press(first, 'ArrowRight');
    await settle(fixture);
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Deployment .*level 1/);
    press(document.activeElement!, 'ArrowUp');
    await settle(fixture);
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Deployment .*level 2/);
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
    press(document.activeElement!, 'ArrowLeft');
    press(document.activeElement!, 'ArrowLeft');
    await settle(fixture);
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Static depth .*level 2/);
    press(document.activeElement!, 'Enter');
    press(document.activeElement!, ' ');
    expect(opened.map((v) => v.key)).toEqual(['2:2', '2:2']);
  });

  it('where nothing opens (report, compare, history), sectors are images read with the arrow keys, not buttons', async () => {
    fixture.componentRef.setInput('interactive', false);
    await settle(fixture);
    expect(sectors().every((s) => s.getAttribute('role') === 'img')).toBeTrue();
    const first = sectors().find((s) => s.getAttribute('tabindex') === '0')!;
    first.focus();
    press(first, 'ArrowRight');
    await settle(fixture);
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Deployment .*level 1/);
    press(document.activeElement!, 'Enter');
    (document.activeElement as SVGPathElement).dispatchEvent(new MouseEvent('click'));
    expect(opened).toEqual([]);
  });

  it('shows a tooltip with the sector, level, score and activity count on focus', async () => {
    sector(/^Build .*level 1/).dispatchEvent(new FocusEvent('focus'));
    await settle(fixture);
    const tip = (fixture.nativeElement as HTMLElement).querySelector('.tooltip')!;
    expect(tip.textContent).toContain('Build');
    expect(tip.textContent).toContain('Build and Deployment · level 1');
    expect(tip.textContent).toContain('50%');
    expect(tip.textContent).toContain('Done: 0 / 1');
    sector(/^Build .*level 1/).dispatchEvent(new FocusEvent('blur'));
    await settle(fixture);
    expect((fixture.nativeElement as HTMLElement).querySelector('.tooltip')).toBeNull();
  });

  it('always shows a legend with numeric ticks', () => {
    const legend = (fixture.nativeElement as HTMLElement).querySelector('.legend')!.textContent!;
    for (const tick of ['0%', '20%', '40%', '60%', '80%', '100%']) expect(legend).toContain(tick);
    expect(legend).toContain('No activities at this level');
    expect(legend).toContain('Not applicable');
  });

  it('marks sectors with activities due for review, in the legend, the text alternative and the tooltip', async () => {
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelector('.legend')!.textContent).toContain('Activities due for review');
    expect(host.querySelectorAll('.due circle').length).toBe(0);
    // FULL was reached in January 2026: six months on, it is due.
    const due = scoreAssessment({
      day: TODAY,
      model: MODEL,
      stages: STAGES,
      progress: { [uuidOf('Defined build process')]: { 'Team A': FULL, 'Team B': FULL } },
      teams: TEAMS,
      maxLevel: 3,
      review: { evidence: new Map(), interval: { months: 6, days: 0 } },
    });
    fixture.componentRef.setInput('scores', due);
    await settle(fixture);
    expect(host.querySelectorAll('.due circle').length).toBe(1);
    expect(sector(/^Build .*level 1/).getAttribute('aria-label')).toBe(
      'Build (Build and Deployment), level 1: 100%, done: 1 / 1, 1 due for review',
    );
    sector(/^Build .*level 1/).dispatchEvent(new FocusEvent('focus'));
    await settle(fixture);
    expect(host.querySelector('.tooltip')!.textContent).toContain('1 due for review');
  });

  it('dots a sector whose activities apply to none of the teams, unlike one without activities', async () => {
    const na = { stages: {}, notApplicable: { reason: 'no deployments', date: '2026-05-01' } };
    fixture.componentRef.setInput(
      'scores',
      scores({ [uuidOf('Defined deployment process')]: { 'Team A': na, 'Team B': na } }),
    );
    await settle(fixture);
    const marked = sector(/^Deployment .*level 1/);
    expect(marked.getAttribute('aria-label')).toBe('Deployment (Build and Deployment), level 1: 1 not applicable');
    expect(marked.classList).toContain('not-applicable');
    expect(marked.classList).not.toContain('empty');
    expect(marked.style.fill).toBe('');
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelectorAll('.dots path').length).toBe(1);
    expect(host.querySelectorAll('.hatch path').length).toBe(5);
    // Not the hatching of a sector without activities: a different mark, in its own layer.
    expect(host.querySelector('.dots path')!.getAttribute('d')).toMatch(/a1.25,1.25 0 1 0 2.5,0/);

    marked.dispatchEvent(new FocusEvent('focus'));
    await settle(fixture);
    const tip = host.querySelector('.tooltip')!.textContent!;
    expect(tip).toContain('1 not applicable');
    expect(tip).not.toContain('%');
  });

  it('names the not-applicable activities of a sector that still has some to score', async () => {
    const model = modelFixture({
      'Build and Deployment': {
        Build: [
          ['Defined build process', 1],
          ['Pinned', 1],
        ],
      },
    });
    const na = { stages: {}, notApplicable: { reason: 'no builds', date: '2026-05-01' } };
    const progress: Progress = { [uuidOf('Pinned')]: { 'Team A': na, 'Team B': na } };
    fixture.componentRef.setInput('dimensions', model.dimensions);
    fixture.componentRef.setInput(
      'scores',
      scoreAssessment({ day: TODAY, model, stages: STAGES, progress, teams: TEAMS, maxLevel: 3 }),
    );
    await settle(fixture);
    const build1 = sector(/^Build .*level 1/);
    expect(build1.getAttribute('aria-label')).toBe(
      'Build (Build and Deployment), level 1: 0%, done: 0 / 1 (+1 not applicable)',
    );
    expect(build1.classList).not.toContain('not-applicable');
    build1.dispatchEvent(new FocusEvent('focus'));
    await settle(fixture);
    const tip = (fixture.nativeElement as HTMLElement).querySelector('.tooltip')!.textContent!;
    expect(tip).toContain('Done: 0 / 1 (+1 not applicable)');
  });

  it('recolours only the sector whose score changed, keeping the other elements', async () => {
    const before = sectors();
    const fills = before.map((s) => s.style.fill);
    fixture.componentRef.setInput(
      'scores',
      scores({ [uuidOf('Defined build process')]: { 'Team A': FULL, 'Team B': FULL } }),
    );
    await settle(fixture);
    const after = sectors();
    expect(after).toEqual(before);
    const changed = after.filter((s, i) => s.style.fill !== fills[i]);
    expect(changed.map((s) => s.getAttribute('aria-label'))).toEqual([
      'Build (Build and Deployment), level 1: 100%, done: 1 / 1',
    ]);
    expect(changed[0].style.fill).toBe(normalised(heatColour(1)));
  });

  it('redraws for the space it is given', async () => {
    const svg = () => (fixture.nativeElement as HTMLElement).querySelector('svg')!;
    expect(Number(svg().getAttribute('width'))).toBe(520);
    const host = fixture.nativeElement as HTMLElement;
    host.style.width = '360px';
    await resized(host);
    await settle(fixture);
    expect(Number(svg().getAttribute('width'))).toBe(360);
  });
});

/**
 * Resolves once the browser has told resize observers of `element`'s new size: those observing it
 * before (the chart's own) are told first, in the same round, so the chart has had it too. No clock:
 * under load the next frame can be late (a 50 ms wait failed once at load 15).
 */
function resized(element: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(element);
  });
}

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
}

function press(target: Element, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/** The browser's serialisation of a style value set from `colour`. */
function normalised(colour: string): string {
  const probe = document.createElement('div');
  probe.style.color = colour;
  return probe.style.color;
}
