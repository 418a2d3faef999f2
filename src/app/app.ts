import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
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
  protected readonly theme = inject(ThemeService);
  protected readonly navItems = NAV_ITEMS;
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 840px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  private readonly navOpenWide = signal(true);
  private readonly navOpenNarrow = signal(false);
  protected readonly navOpen = computed(() => (this.narrow() ? this.navOpenNarrow() : this.navOpenWide()));
  // A cycling button rather than a menu keeps Material's overlay and forms out of the first load.
  private readonly themeOrder: readonly ThemeChoice[] = ['system', 'light', 'dark'];
  protected readonly themeLabel = computed(() => THEME_LABELS[this.theme.choice()]);
  protected readonly themeIcon = computed(() =>
    this.theme.choice() === 'system' ? 'contrast' : this.theme.choice() === 'dark' ? 'dark_mode' : 'light_mode',
  );

  protected nextTheme(): void {
    const index = this.themeOrder.indexOf(this.theme.choice());
    this.theme.set(this.themeOrder[(index + 1) % this.themeOrder.length]);
  }

  protected toggleNav(): void {
    const open = this.narrow() ? this.navOpenNarrow : this.navOpenWide;
    open.update((value) => !value);
  }

  protected navClosed(): void {
    if (this.narrow()) this.navOpenNarrow.set(false);
  }

  protected navigated(): void {
    if (this.narrow()) this.navOpenNarrow.set(false);
  }
}
