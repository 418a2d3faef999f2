import { inject } from '@angular/core';
import { Router, Routes } from '@angular/router';
import { activityTitle, redirectToActivity } from './features/activity/activity-routing';

export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Heatmap',
    loadComponent: () => import('./features/heatmap/heatmap-page').then((m) => m.HeatmapPage),
  },
  {
    path: 'heatmap',
    title: 'Heatmap',
    loadComponent: () => import('./features/heatmap/heatmap-page').then((m) => m.HeatmapPage),
  },
  // The OWASP DSOMM app's name for it; shared links keep their team selection and fragment.
  {
    path: 'circular-heatmap',
    redirectTo: ({ queryParams, fragment }) =>
      inject(Router).createUrlTree(['/heatmap'], { queryParams, fragment: fragment ?? undefined }),
  },
  {
    path: 'matrix',
    title: 'Matrix',
    loadComponent: () => import('./features/matrix/matrix-page').then((m) => m.MatrixPage),
  },
  {
    path: 'mapping',
    title: 'Mappings',
    loadComponent: () => import('./features/mapping/mapping-page').then((m) => m.MappingPage),
  },
  {
    path: 'activity/:uuid',
    title: activityTitle,
    loadComponent: () => import('./features/activity/activity-page').then((m) => m.ActivityPage),
  },
  { path: 'activity', pathMatch: 'full', redirectTo: '/matrix' },
  // Links of the OWASP DSOMM app: ?uuid=... or ?name=...
  { path: 'activity-description', canActivate: [redirectToActivity], children: [] },
  {
    path: 'report',
    title: 'Report',
    loadComponent: () => import('./features/report/report-page').then((m) => m.ReportPage),
  },
  {
    path: 'roadmap',
    title: 'Roadmap',
    loadComponent: () => import('./features/roadmap/roadmap-page').then((m) => m.RoadmapPage),
  },
  {
    path: 'compare',
    title: 'Compare teams',
    loadComponent: () => import('./features/compare/compare-page').then((m) => m.ComparePage),
  },
  {
    path: 'history',
    title: 'History',
    loadComponent: () => import('./features/history/history-page').then((m) => m.HistoryPage),
  },
  {
    path: 'teams',
    title: 'Teams',
    loadComponent: () => import('./features/teams/teams-page').then((m) => m.TeamsPage),
  },
  {
    path: 'settings',
    title: 'Settings',
    loadComponent: () => import('./features/settings/settings-page').then((m) => m.SettingsPage),
  },
  {
    path: 'data',
    title: 'Data centre',
    loadComponent: () => import('./features/data/data-page').then((m) => m.DataPage),
  },
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () => import('./features/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
