import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DEFAULT_LAYOUT, layeredLayout, wrapLabel } from '../../domain/graph/layered-layout';
import { dependentsIndex, neighbourhood } from '../../domain/graph/neighbourhood';
import { Activity, Model } from '../../domain/types';
import { ScrollArea } from '../../shared/scroll-area/scroll-area';
import { textWidth } from '../../domain/heatmap/text-width';

interface NodeView {
  readonly activity: Activity;
  readonly depth: number;
  readonly x: number;
  readonly y: number;
  readonly height: number;
  readonly lines: readonly string[];
  readonly aboveMax: boolean;
  readonly label: string;
}

/** The text list under the graph: each activity with how it relates to this one. */
interface ListEntry {
  readonly activity: Activity;
  readonly via?: Activity;
  readonly aboveMax: boolean;
}

/** The font of the names (dependency-graph.scss) and the room for them inside a node's padding. */
const FONT_SIZE = 13;
const TEXT_WIDTH = DEFAULT_LAYOUT.nodeWidth - 2 * 10;
/** More than any name of the model needs (4 lines); a longer one is cut with an ellipsis. */
const MOST_LINES = 6;
const LINE_HEIGHT = DEFAULT_LAYOUT.lineHeight;

/**
 * What this activity depends on (left) and what depends on it (right), two hops each way. The
 * layout is computed by the graph domain (with d3-shape for the edges); Angular draws it. Nodes are
 * links, so the graph works by keyboard; the list below says the same in text. Wider than its box
 * (a phone), it scrolls sideways in a ScrollArea, which says so: the nodes at the box's edge looked
 * cut off, with no scrollbar to tell otherwise.
 */
@Component({
  selector: 'app-dependency-graph',
  imports: [NgTemplateOutlet, RouterLink, ScrollArea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dependency-graph.html',
  styleUrl: './dependency-graph.scss',
})
export class DependencyGraph {
  readonly activity = input.required<Activity>();
  readonly model = input.required<Model>();
  /** The configured highest level; activities above it are marked. */
  readonly maxLevel = input.required<number>();

  protected readonly size = DEFAULT_LAYOUT;
  private readonly dependents = computed(() => dependentsIndex(this.model().activities));
  private readonly rank = computed(() => new Map(this.model().activities.map((a, i) => [a.uuid, i])));
  private readonly graph = computed(() =>
    neighbourhood(this.model().byUuid, this.dependents(), this.activity().uuid, 2),
  );
  /** Each drawn name in lines: its node is as tall as they need. */
  private readonly labels = computed(() => {
    const byUuid = this.model().byUuid;
    return new Map(
      this.graph().nodes.map((node) => {
        // This activity's name is set in medium weight, a little wider.
        const weight = node.depth === 0 ? 500 : 400;
        const name = byUuid.get(node.uuid)?.name ?? '';
        return [node.uuid, wrapLabel(name, TEXT_WIDTH, MOST_LINES, (text) => textWidth(text, FONT_SIZE, weight))];
      }),
    );
  });
  protected readonly layout = computed(() => {
    const [rank, labels] = [this.rank(), this.labels()];
    return layeredLayout(
      this.graph(),
      (uuid) => rank.get(uuid) ?? Number.MAX_SAFE_INTEGER,
      DEFAULT_LAYOUT,
      (uuid) => labels.get(uuid)?.length ?? 1,
    );
  });

  protected readonly nodes = computed((): NodeView[] => {
    const byUuid = this.model().byUuid;
    return this.layout().nodes.flatMap((node) => {
      const activity = byUuid.get(node.uuid);
      if (!activity) return [];
      const aboveMax = activity.level > this.maxLevel();
      return [
        {
          activity,
          depth: node.depth,
          x: node.x,
          y: node.y,
          height: node.height,
          lines: this.labels().get(node.uuid) ?? [],
          aboveMax,
          label: `${activity.name}, level ${activity.level}${aboveMax ? ', above your maximum level' : ''}, ${relation(node.depth)}`,
        },
      ];
    });
  });

  /** Vertical start of a node's label: one line sits centred in the room of two, more fill the node down to the level line. */
  protected textTop(node: NodeView): number {
    return node.y + 22 + Math.max(0, DEFAULT_LAYOUT.labelLines - node.lines.length) * (LINE_HEIGHT / 2);
  }

  protected readonly prerequisites = computed(() => this.entries(-1));
  protected readonly dependentsList = computed(() => this.entries(1));
  protected readonly alone = computed(() => this.graph().nodes.length <= 1);

  /** Direct and indirect relations on one side, with the activity they come through. */
  private entries(sign: -1 | 1): ListEntry[] {
    const byUuid = this.model().byUuid;
    const nodes = this.layout().nodes.filter((node) => Math.sign(node.depth) === sign);
    const depth = new Map(this.layout().nodes.map((node) => [node.uuid, node.depth]));
    const rank = this.rank();
    // Direct relations first, then indirect ones, each in model order.
    return nodes
      .sort((a, b) => Math.abs(a.depth) - Math.abs(b.depth) || (rank.get(a.uuid) ?? 0) - (rank.get(b.uuid) ?? 0))
      .flatMap((node) => {
        const activity = byUuid.get(node.uuid);
        if (!activity) return [];
        // The neighbour one hop nearer the centre that links to this node.
        const via = this.layout().edges.find((edge) =>
          sign < 0
            ? edge.from === node.uuid && depth.get(edge.to) === node.depth + 1
            : edge.to === node.uuid && depth.get(edge.from) === node.depth - 1,
        );
        const viaUuid = via ? (sign < 0 ? via.to : via.from) : undefined;
        const viaActivity = viaUuid && viaUuid !== this.activity().uuid ? byUuid.get(viaUuid) : undefined;
        return [{ activity, via: viaActivity, aboveMax: activity.level > this.maxLevel() }];
      });
  }
}

function relation(depth: number): string {
  if (depth === 0) return 'this activity';
  if (depth === -1) return 'a direct prerequisite';
  if (depth < 0) return 'an indirect prerequisite';
  if (depth === 1) return 'depends on this activity';
  return 'depends on it indirectly';
}
