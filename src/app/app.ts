import { BreakpointObserver } from '@angular/cdk/layout';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
  viewChildren,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';
import { NAV_ITEMS } from './nav-items';
import { Icon } from './shared/icon/icon';
import { ThemeChoice, ThemeService } from './shared/theme/theme-service';
import { AppStatus } from './app-status';
import { SaveStatus } from './save-status';
import { EARLY_PAINT } from './shared/early-heatmap/early-handover';
import { AssessmentStore } from './state/assessment-store';
import { focusPageOnNavigation } from './page-focus';

/** Resolves once none of `elements` has a transition or animation running. */
async function still(elements: readonly (Element | null)[]): Promise<void> {
  for (;;) {
    const running = elements.flatMap((element) => element?.getAnimations() ?? []);
    if (running.length === 0) return;
    // Settled either way: finished, or cancelled by another (the drawer opened again).
    await Promise.allSettled(running.map((animation) => animation.finished));
  }
}

const THEME_LABELS: Record<ThemeChoice, string> = { system: 'follow the system', light: 'light', dark: 'dark' };

@Component({
  selector: 'app-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatButtonModule,
    Icon,
    AppStatus,
    SaveStatus,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  private readonly store = inject(AssessmentStore);
  private readonly early = inject(EARLY_PAINT, { optional: true }) ?? null;
  protected readonly theme = inject(ThemeService);
  protected readonly navItems = NAV_ITEMS;
  /**
   * The routed page waits for the files to be read: a page shown before then (its script cached
   * from an earlier visit) was pushed down by the banners that replace the loading bar ("2 notes
   * about the loaded files", a saved copy shown offline). The start page's early chart, painted
   * before Angular, covers the page until the page's own chart is drawn, and comes only when there
   * is no such banner: that page is built under it from the start, as it was.
   */
  protected readonly pageShown = computed(() => this.early !== null || this.store.state().status !== 'loading');
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 840px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  private readonly navOpenWide = signal(true);
  private readonly navOpenNarrow = signal(false);
  protected readonly navOpen = computed(() => (this.narrow() ? this.navOpenNarrow() : this.navOpenWide()));
  /** The drawer is on screen, from the start of its opening until it and its scrim have gone. */
  protected readonly navShown = signal(false);
  /** The drawer was opened over the page and given the focus, which goes back when it closes. */
  private focusTaken = false;
  private readonly injector = inject(Injector);
  private readonly menuButton = viewChild.required('menuButton', { read: ElementRef<HTMLElement> });
  private readonly drawer = viewChild.required('drawer', { read: ElementRef<HTMLElement> });
  private readonly navLinks = viewChildren('navLink', { read: ElementRef<HTMLElement> });
  private readonly main = viewChild.required('main', { read: ElementRef<HTMLElement> });
  private readonly status = viewChild.required(AppStatus, { read: ElementRef<HTMLElement> });
  // A cycling button rather than a menu keeps Material's overlay and forms out of the first load.
  private readonly themeOrder: readonly ThemeChoice[] = ['system', 'light', 'dark'];
  protected readonly themeLabel = computed(() => THEME_LABELS[this.theme.choice()]);
  protected readonly themeIcon = computed(() =>
    this.theme.choice() === 'system' ? 'contrast' : this.theme.choice() === 'dark' ? 'dark_mode' : 'light_mode',
  );

  constructor() {
    // On a phone the drawer lies over the page until it has slid away.
    focusPageOnNavigation(
      this.main,
      this.status,
      computed(() => this.narrow() && this.navShown()),
    );
  }

  protected nextTheme(): void {
    const index = this.themeOrder.indexOf(this.theme.choice());
    this.theme.set(this.themeOrder[(index + 1) % this.themeOrder.length]);
  }

  protected toggleNav(): void {
    const open = this.narrow() ? this.navOpenNarrow : this.navOpenWide;
    open.update((value) => !value);
    // On a phone the focus goes into the drawer in the same frame as it starts to slide in. Material
    // moved it only once the 400 ms slide had ended: a Tab pressed before then was taken back to the
    // first link, and Enter opened the wrong page.
    this.focusTaken = this.narrow() && open();
    if (this.focusTaken)
      afterNextRender(() => this.navLinks()[0]?.nativeElement.focus({ preventScroll: true }), {
        injector: this.injector,
      });
  }

  /** The drawer starts to close (a link chosen, Escape, a tap on the scrim). */
  protected navClosing(): void {
    if (this.narrow()) this.navOpenNarrow.set(false);
    // The focus it took (or lost, to a tap on the scrim) goes back to the button that opened it, as
    // Material did before it was told to leave the focus alone.
    const drawer = this.drawer().nativeElement;
    const active = drawer.ownerDocument.activeElement;
    const lost = active === null || active === drawer.ownerDocument.body;
    if (this.focusTaken && (lost || drawer.contains(active))) this.menuButton().nativeElement.focus();
    this.focusTaken = false;
    // Gone once nothing moves any more, the scrim included (it fades with the drawer: styles.scss);
    // at once without animations. Not Material's `closed`: when a page was chosen before the
    // opening slide had ended, it came as that slide was cut short, with the drawer still sliding
    // back over the heading that then got the focus.
    const scrim = drawer.parentElement?.querySelector(':scope > .mat-drawer-backdrop') ?? null;
    void still([drawer, scrim]).then(() => {
      if (!this.navOpen()) this.navShown.set(false);
    });
  }

  protected navigated(): void {
    if (this.narrow()) this.navOpenNarrow.set(false);
  }
}
