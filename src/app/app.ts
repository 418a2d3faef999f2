import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';
import { NAV_ITEMS } from './nav-items';
import { Icon } from './shared/icon/icon';
import { ThemeChoice, ThemeService } from './shared/theme/theme-service';
import { AppStatus } from './app-status';

@Component({
  selector: 'app-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatButtonModule,
    MatMenuModule,
    MatTooltipModule,
    Icon,
    AppStatus,
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
  protected readonly themeOptions: readonly { value: ThemeChoice; label: string }[] = [
    { value: 'system', label: 'Follow the system' },
    { value: 'light', label: 'Light' },
    { value: 'dark', label: 'Dark' },
  ];

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
