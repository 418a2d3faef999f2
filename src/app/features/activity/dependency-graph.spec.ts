import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { activityFixture } from '../../domain/testing/model-fixture';
import { Activity, Model } from '../../domain/types';
import { DependencyGraph } from './dependency-graph';

/** a <- b <- c <- d <- e: each depends on the one before; e is level 5. */
function chain(): Model {
  const names = ['a', 'b', 'c', 'd', 'e'];
  const activities: Activity[] = names.map((name, i) =>
    activityFixture({
      name: `Activity ${name}`,
      uuid: `uuid-${name}`,
      level: i + 1,
      dependsOn: i > 0 ? [`uuid-${names[i - 1]}`] : [],
    }),
  );
  return { header: {}, dimensions: [], activities, byUuid: new Map(activities.map((a) => [a.uuid, a])) };
}

describe('DependencyGraph', () => {
  const MODEL = chain();

  function render(uuid: string, maxLevel = 5) {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(DependencyGraph);
    fixture.componentRef.setInput('activity', MODEL.byUuid.get(uuid)!);
    fixture.componentRef.setInput('model', MODEL);
    fixture.componentRef.setInput('maxLevel', maxLevel);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('draws two hops each way as links to the activities, the centre not a link', () => {
    const root = render('uuid-c');
    const nodes = [...root.querySelectorAll('svg a.node')];
    expect(nodes.map((a) => a.getAttribute('href')).sort()).toEqual([
      '/activity/uuid-a',
      '/activity/uuid-b',
      '/activity/uuid-d',
      '/activity/uuid-e',
    ]);
    expect(root.querySelector('svg .centre')?.getAttribute('aria-label')).toContain('Activity c');
    expect(root.querySelectorAll('svg path.edge').length).toBe(4);
  });

  it('names each node and its relation for screen readers', () => {
    const root = render('uuid-c');
    const labels = [...root.querySelectorAll('svg a.node')].map((a) => a.getAttribute('aria-label'));
    expect(labels).toContain('Activity b, level 2, a direct prerequisite');
    expect(labels).toContain('Activity e, level 5, depends on it indirectly');
  });

  it('marks activities above the configured maximum level', () => {
    const root = render('uuid-c', 3);
    const above = [...root.querySelectorAll('svg a.node.above-max')].map((a) => a.getAttribute('href'));
    expect(above).toEqual(['/activity/uuid-d', '/activity/uuid-e']);
    expect(root.querySelector('svg a.above-max')?.getAttribute('aria-label')).toContain('above your maximum level');
  });

  it('repeats the links as text lists: what it depends on and what needs it', () => {
    const root = render('uuid-c');
    const [dependsOn, neededBy] = [...root.querySelectorAll('.lists section')];
    expect([...dependsOn.querySelectorAll('li a')].map((a) => a.textContent?.trim())).toEqual([
      'Activity b',
      'Activity a',
    ]);
    expect(dependsOn.textContent).toContain('needed by Activity b');
    expect([...neededBy.querySelectorAll('li a')].map((a) => a.textContent?.trim())).toEqual([
      'Activity d',
      'Activity e',
    ]);
  });

  it('reads a name drawn on two lines as its words, as its label says it', () => {
    // Drawn as "Software Composition" and "Analysis (server side)": it read "CompositionAnalysis".
    const name = 'Software Composition Analysis (server side)';
    const [a, b] = [
      activityFixture({ name: 'Activity a', uuid: 'uuid-a' }),
      activityFixture({ name, uuid: 'uuid-b', dependsOn: ['uuid-a'] }),
    ];
    const model: Model = {
      header: {},
      dimensions: [],
      activities: [a, b],
      byUuid: new Map([a, b].map((x) => [x.uuid, x])),
    };
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(DependencyGraph);
    fixture.componentRef.setInput('activity', a);
    fixture.componentRef.setInput('model', model);
    fixture.componentRef.setInput('maxLevel', 5);
    fixture.detectChanges();
    const text = (fixture.nativeElement as HTMLElement).querySelector('svg a.node text:not(.level)')!;
    expect(text.querySelectorAll('tspan').length).toBe(2);
    expect(text.textContent).toBe(name);
  });

  it('draws every name whole, its node as tall as its lines need', () => {
    // Names of the model that were cut on two lines ("Conduction of collaborative / security checks…")
    // or inside a word ("vulnerabilities/severity/…").
    const names = [
      'Conduction of collaborative security checks with developers and system administrators',
      'Number of vulnerabilities/severity/layer',
      'Correlate known vulnerabilities in infrastructure with new image versions',
    ];
    const centre = activityFixture({ name: 'Activity a', uuid: 'uuid-a' });
    const others = names.map((name, i) => activityFixture({ name, uuid: `uuid-${i}`, dependsOn: ['uuid-a'] }));
    const activities = [centre, ...others];
    const model: Model = {
      header: {},
      dimensions: [],
      activities,
      byUuid: new Map(activities.map((x) => [x.uuid, x])),
    };
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(DependencyGraph);
    fixture.componentRef.setInput('activity', centre);
    fixture.componentRef.setInput('model', model);
    fixture.componentRef.setInput('maxLevel', 5);
    fixture.detectChanges();
    const nodes = [...(fixture.nativeElement as HTMLElement).querySelectorAll('svg a.node')];
    expect(nodes.map((node) => node.querySelector('text:not(.level)')!.textContent)).toEqual(names);
    const lines = nodes.map((node) => [...node.querySelectorAll('text:not(.level) tspan')].map((t) => t.textContent!));
    expect(lines.map((l) => l.length)).toEqual([4, 2, 4]);
    expect(lines[1]).toEqual(['Number of ', 'vulnerabilities/severity/layer']);
    expect(lines.flat().filter((line) => line.includes('…'))).toEqual([]);
    for (const [i, node] of nodes.entries()) {
      const box = node.querySelector('rect')!;
      const [top, height] = [Number(box.getAttribute('y')), Number(box.getAttribute('height'))];
      expect(height)
        .withContext(names[i])
        .toBe(64 + (lines[i].length - 2) * 16);
      const tspans = [...node.querySelectorAll('text:not(.level) tspan')];
      const lastLine = Number(node.querySelector('text:not(.level)')!.getAttribute('y')) + (tspans.length - 1) * 16;
      const level = Number(node.querySelector('text.level')!.getAttribute('y'));
      // The level line stays below the name, inside the box.
      expect(level - lastLine)
        .withContext(names[i])
        .toBeGreaterThanOrEqual(16);
      expect(level)
        .withContext(names[i])
        .toBeLessThan(top + height);
    }
  });

  it('says so when the activity stands alone', () => {
    const lonely: Model = {
      ...MODEL,
      activities: [activityFixture({ name: 'Alone' })],
      byUuid: new Map([[`uuid-alone`, activityFixture({ name: 'Alone' })]]),
    };
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(DependencyGraph);
    fixture.componentRef.setInput('activity', lonely.activities[0]);
    fixture.componentRef.setInput('model', lonely);
    fixture.componentRef.setInput('maxLevel', 5);
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toContain('depends on no other activity');
    expect(fixture.nativeElement.querySelector('svg')).toBeNull();
  });
});
