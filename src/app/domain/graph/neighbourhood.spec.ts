import { Activity } from '../types';
import { activityFixture } from '../testing/model-fixture';
import { dependentsIndex, neighbourhood } from './neighbourhood';

/** a <- b <- c <- d <- e (each depends on the one before), plus x depends on c and on an unknown uuid. */
function chain(): Activity[] {
  const names = ['a', 'b', 'c', 'd', 'e'];
  return [
    ...names.map((name, i) => activityFixture({ name, dependsOn: i > 0 ? [`uuid-${names[i - 1]}`] : [] })),
    activityFixture({ name: 'x', dependsOn: ['uuid-c', 'uuid-gone'] }),
    activityFixture({ name: 'far', dependsOn: ['uuid-e'] }),
  ];
}

const depthsOf = (activities: Activity[], centre: string, hops?: number) => {
  const byUuid = new Map(activities.map((a) => [a.uuid, a]));
  const graph = neighbourhood(byUuid, dependentsIndex(activities), centre, hops);
  return { depths: Object.fromEntries(graph.nodes.map((n) => [n.uuid.slice(5), n.depth])), graph };
};

describe('dependency neighbourhood', () => {
  it('reaches two hops each way, and no further', () => {
    const { depths } = depthsOf(chain(), 'uuid-c');
    expect(depths).toEqual({ c: 0, b: -1, a: -2, d: 1, x: 1, e: 2 });
  });

  it('has every dependency between the shown activities as an edge, prerequisite first', () => {
    const { graph } = depthsOf(chain(), 'uuid-c');
    const edges = graph.edges.map((e) => `${e.from.slice(5)}>${e.to.slice(5)}`).sort();
    expect(edges).toEqual(['a>b', 'b>c', 'c>d', 'c>x', 'd>e']);
  });

  it('honours another hop count and skips unknown uuids', () => {
    expect(Object.keys(depthsOf(chain(), 'uuid-x', 1).depths).sort()).toEqual(['c', 'x']);
  });

  it('survives a dependency cycle, placing each activity once', () => {
    const cycle = [
      activityFixture({ name: 'p', dependsOn: ['uuid-q'] }),
      activityFixture({ name: 'q', dependsOn: ['uuid-p'] }),
    ];
    const { depths, graph } = depthsOf(cycle, 'uuid-p');
    expect(depths).toEqual({ p: 0, q: -1 });
    expect(graph.edges.length).toBe(2);
  });

  it('is empty for an unknown centre', () => {
    expect(depthsOf(chain(), 'uuid-nothing').graph.nodes).toEqual([]);
  });
});
