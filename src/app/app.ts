import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
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
  /** The drawer is on screen, from the start of its opening to the end of its closing. */
  protected readonly navShown = signal(false);
  /**
   * The drawer's scrim is on screen: it starts fading only when the container is next checked,
   * which a page being built can delay by 170 ms, so it lingered over the page after the drawer had
   * gone (and over the heading the focus had moved to).
   */
  private readonly scrimShown = signal(false);
  private readonly container = viewChild.required('container', { read: ElementRef<HTMLElement> });
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
      computed(() => this.narrow() && (this.navShown() || this.scrimShown())),
    );
  }

  protected nextTheme(): void {
    const index = this.themeOrder.indexOf(this.theme.choice());
    this.theme.set(this.themeOrder[(index + 1) % this.themeOrder.length]);
  }

  protected toggleNav(): void {
    const open = this.narrow() ? this.navOpenNarrow : this.navOpenWide;
    open.update((value) => !value);
  }

  protected navOpening(): void {
    this.navShown.set(true);
    this.scrimShown.set(true);
  }

  /** Once the drawer has closed: the scrim is gone, or asked again when its fading ends. */
  protected scrimCheck(): void {
    // Material's own element, in this component's view.
    const scrim = this.container().nativeElement.querySelector('.mat-drawer-backdrop');
    if (scrim === null || (!scrim.classList.contains('mat-drawer-shown') && scrim.getAnimations().length === 0))
      this.scrimShown.set(false);
    else scrim.addEventListener('transitionend', () => this.scrimCheck(), { once: true });
  }

  protected navClosed(): void {
    if (this.narrow()) this.navOpenNarrow.set(false);
  }

  protected navigated(): void {
    if (this.narrow()) this.navOpenNarrow.set(false);
  }
}
