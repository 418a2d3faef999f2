import { IconName } from './shared/icon/icon-paths';

export interface NavItem {
  readonly path: string;
  readonly label: string;
  readonly icon: IconName;
}

/** The side navigation; only pages that exist are listed. */
export const NAV_ITEMS: readonly NavItem[] = [];
