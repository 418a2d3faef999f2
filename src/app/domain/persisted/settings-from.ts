import { readReportConfig } from '../report/report-config';
import { Settings } from '../types';
import { SETTINGS } from './shapes';

/**
 * The settings among `fields`, typed by checking them rather than by assertion: each setting this
 * version knows is kept when it passes its check (the report's configuration read field by field,
 * anything unusable replaced by its default); one it does not know (an older or newer version's)
 * is kept as it is. A known one that is undefined is left out, so it is stored as no setting.
 */
export function settingsFrom(fields: Readonly<Record<string, unknown>>): Settings {
  const { maxLevel, dateLocale, theme, reportConfig, reviewMonths, reviewerName, ...others } = fields;
  return {
    ...others,
    ...(SETTINGS.maxLevel.is(maxLevel) ? { maxLevel } : {}),
    ...(SETTINGS.dateLocale.is(dateLocale) ? { dateLocale } : {}),
    ...(SETTINGS.theme.is(theme) ? { theme } : {}),
    ...(reportConfig === undefined ? {} : { reportConfig: readReportConfig(reportConfig) }),
    ...(SETTINGS.reviewMonths.is(reviewMonths) ? { reviewMonths } : {}),
    ...(SETTINGS.reviewerName.is(reviewerName) ? { reviewerName } : {}),
  };
}
