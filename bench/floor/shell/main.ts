import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideRouter, RouterOutlet } from '@angular/router';

/** The shape of DSOMM Studio's shell: router, a lazy start page, Material toolbar and side nav. */
@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, MatToolbarModule, MatButtonModule, MatSidenavModule],
  template: `
    <mat-toolbar>
      <span>Floor</span>
      @for (label of ['One', 'Two', 'Three', 'Four', 'Five']; track label) {
        <button mat-button type="button">{{ label }}</button>
      }
    </mat-toolbar>
    <mat-sidenav-container>
      <mat-sidenav mode="side" [opened]="false"><p>Nav</p></mat-sidenav>
      <mat-sidenav-content><router-outlet /></mat-sidenav-content>
    </mat-sidenav-container>
  `,
})
class FloorApp {}

bootstrapApplication(FloorApp, {
  providers: [provideRouter([{ path: '', loadComponent: () => import('./floor-page').then((m) => m.FloorPage) }])],
}).catch((err) => console.error(err));
