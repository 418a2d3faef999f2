import {
  afterNextRender,
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChildren,
} from '@angular/core';
import { heatLegend, scorePercent } from '../../domain/heatmap/colour-scale';
import {
  heatmapChartSize,
  heatmapLegendHeight,
  heatmapLegendWidth,
  DUE_LEGEND,
  NOT_APPLICABLE_LEGEND,
  swatchDotsPath,
  swatchDueMarker,
  swatchHatchPath,
} from '../../domain/heatmap/heatmap-svg';
import { neighbourSector } from '../../domain/heatmap/sector-navigation';
import { SectorView, sectorViews } from '../../domain/heatmap/sector-views';
import { SunburstLayout, sunburstLayout } from '../../domain/heatmap/sunburst-layout';
import { Scores } from '../../domain/scoring/score-assessment';
import { Dimension } from '../../domain/types';
import { EARLY_PAINT } from '../early-heatmap/early-handover';
import { countText } from '../../domain/common/count-text';
import { doneText } from '../../domain/scoring/score-counts';

/**
 * The circular heatmap (the start page, present mode and the compare page): D3 computes the geometry (domain/heatmap), Angular renders it. Sectors are
 * in one tab stop (roving tabindex): arrows move, Enter/Space open where the chart is `interactive`. Sizes itself to its
 * host (width and, when constrained, height) and redraws on resize.
 */
@Component({
  selector: 'app-heatmap-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './heatmap-chart.html',
  styleUrl: './heatmap-chart.scss',
})
export class HeatmapChart {
  readonly dimensions = input.required<readonly Dimension[]>();
  readonly maxLevel = input.required<number>();
  readonly scores = input.required<Scores>();
  /** Key of the sector whose activities are shown, outlined in the chart. */
  readonly openKey = input<string | undefined>(undefined);
  /** Accessible name of the whole chart, e.g. naming the teams. */
  readonly label = input('Circular heatmap');
  /** The colour legend below the circle; small multiples may share one legend instead. */
  readonly showLegend = input(true);
  /**
   * Whether a sector opens something (`openSector`): then sectors are buttons. Elsewhere (report,
   * compare, history) they are images with their text alternative, still reached with the arrow
   * keys, as a button that does nothing would tell a screen reader user otherwise.
   */
  readonly interactive = input(false);
  readonly openSector = output<SectorView>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly box = signal({ width: 0, height: 0 });
  private readonly sectorElements = viewChildren<ElementRef<SVGPathElement>>('sector');

  protected readonly layout = computed(() => {
    const size = heatmapChartSize(this.box(), this.showLegend());
    return sunburstLayout(this.dimensions(), this.maxLevel(), size);
  });
  protected readonly legendHeight = computed(() => (this.showLegend() ? legendHeight(this.layout().fontSize) : 0));
  protected readonly legend = computed(() => heatLegend(heatmapLegendWidth(this.layout().size)));
  /** The last views, reused for sectors whose score did not change (same layout only). */
  private lastViews?: { readonly layout: SunburstLayout; readonly views: readonly SectorView[] };
  protected readonly views = computed(() => {
    const layout = this.layout();
    const views = sectorViews(
      layout,
      this.scores(),
      this.lastViews?.layout === layout ? this.lastViews.views : undefined,
    );
    this.lastViews = { layout, views };
    return views;
  });
  protected readonly hatched = computed(() => this.views().filter((view) => view.hatch !== ''));
  protected readonly dotted = computed(() => this.views().filter((view) => view.dots !== ''));
  protected readonly dueViews = computed(() => this.views().filter((view) => view.dueMarker !== undefined));
  private readonly indexByKey = computed(() => new Map(this.views().map((view, i) => [view.key, i])));
  protected readonly overallPercent = computed(() => {
    const score = this.scores().overall.score;
    return score === null ? undefined : scorePercent(score);
  });
  protected readonly ringsNote = computed(
    () => `Rings: level 1 (centre) to level ${this.layout().rings.length} (edge)`,
  );

  /** The sector in the tab order; the first one until the user moves. */
  protected readonly count = countText;
  protected readonly done = doneText;
  protected readonly activeKey = signal('0:1');
  protected readonly focusRing = signal<SectorView | undefined>(undefined);
  protected readonly tip = signal<SectorView | undefined>(undefined);
  protected readonly openView = computed(() => this.views().find((view) => view.key === this.openKey()));

  constructor() {
    const destroyRef = inject(DestroyRef);
    // The start page painted before Angular goes once this chart is drawn: in the same frame, where it was.
    const early = inject(EARLY_PAINT, { optional: true });
    if (early) {
      afterRenderEffect(() => {
        if (this.layout().size > 0 && this.views().length > 0) early.remove();
      });
    }
    afterNextRender(() => {
      const element = this.host.nativeElement;
      const measure = () => {
        const rect = element.getBoundingClientRect();
        const box = { width: Math.floor(rect.width), height: Math.floor(rect.height) };
        const old = this.box();
        if (old.width !== box.width || old.height !== box.height) this.box.set(box);
      };
      measure();
      const observer = new ResizeObserver(measure);
      observer.observe(element);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  protected tabIndex(view: SectorView): number {
    return view.key === (this.indexByKey().has(this.activeKey()) ? this.activeKey() : this.views()[0]?.key) ? 0 : -1;
  }

  protected keydown(event: KeyboardEvent, view: SectorView): void {
    if (event.key === 'Enter' || event.key === ' ') {
      if (!this.interactive()) return;
      event.preventDefault();
      this.openSector.emit(view);
      return;
    }
    if (event.key === 'Escape') {
      this.tip.set(undefined);
      return;
    }
    const layout = this.layout();
    const next = neighbourSector(
      { wedge: view.wedgeIndex, level: view.level },
      event.key,
      layout.wedges.length,
      layout.rings.length,
    );
    if (!next) return;
    event.preventDefault();
    this.focusSector(`${next.wedge}:${next.level}`);
  }

  /** Moves the focus (and the tab stop) to the sector `key`, e.g. back from its closed panel. */
  focusSector(key: string): void {
    this.activeKey.set(key);
    const index = this.indexByKey().get(key);
    if (index !== undefined) this.sectorElements()[index]?.nativeElement.focus();
  }

  protected focused(event: FocusEvent, view: SectorView): void {
    this.activeKey.set(view.key);
    this.tip.set(view);
    const keyboard = event.target instanceof Element && event.target.matches(':focus-visible');
    this.focusRing.set(keyboard ? view : undefined);
  }

  protected blurred(): void {
    this.focusRing.set(undefined);
    this.tip.set(undefined);
  }

  protected tipPosition(view: SectorView): { left: number; top: number; below: boolean } {
    const size = this.layout().size;
    const top = size / 2 + view.centroid[1];
    // Kept inside the chart so it is never cut off at the edges of the page.
    const left = Math.min(size - 120, Math.max(120, size / 2 + view.centroid[0]));
    return { left, top, below: top < 100 };
  }

  protected readonly swatchHatch = swatchHatchPath;
  protected readonly swatchDots = swatchDotsPath;
  protected readonly notApplicableLegend = NOT_APPLICABLE_LEGEND;
  protected readonly swatchDue = swatchDueMarker;
  protected readonly dueLegend = DUE_LEGEND;

  protected translate(x: number, y: number, rotation = 0): string {
    return rotation === 0 ? `translate(${x},${y})` : `translate(${x},${y}) rotate(${rotation})`;
  }
}

function legendHeight(fontSize: number): number {
  return heatmapLegendHeight(fontSize);
}
