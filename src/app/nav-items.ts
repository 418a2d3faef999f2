import { ShellIconName } from './shared/icon/shell-icon-paths';

export interface NavItem {
  readonly path: string;
  readonly label: string;
  /** One of the shell's icons: the start page's stand-in draws them before Angular (early-heatmap). */
  readonly icon: ShellIconName;
}

/** The side navigation; only pages that exist are listed. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/heatmap', label: 'Heatmap', icon: 'donut_large' },
  { path: '/matrix', label: 'Matrix', icon: 'grid_view' },
  { path: '/mapping', label: 'Mappings', icon: 'table' },
  { path: '/roadmap', label: 'Roadmap', icon: 'route' },
  { path: '/compare', label: 'Compare teams', icon: 'compare' },
  { path: '/history', label: 'History', icon: 'history' },
  { path: '/report', label: 'Report', icon: 'description' },
  { path: '/teams', label: 'Teams', icon: 'groups' },
  { path: '/settings', label: 'Settings', icon: 'settings' },
  { path: '/data', label: 'Data centre', icon: 'database' },
];
