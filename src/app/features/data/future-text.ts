import { FutureDate } from '../../domain/status/future-dates';
import { Model } from '../../domain/types';
import { formatDay } from '../../shared/local-day';

/** One date after today in an import preview, in words. */
export interface FutureLine {
  readonly teams: string;
  readonly activity: string;
  readonly text: string;
}

/** `Team A`, `Defined build process`, `Fully implemented, counts from 1 Mar 2027`. */
export function futureLines(dates: readonly FutureDate[], model: Model | undefined, locale?: string): FutureLine[] {
  return dates.map((date) => {
    const day = formatDay(date.date, locale);
    const activity = model?.byUuid.get(date.activityUuid)?.name ?? date.activityUuid;
    switch (date.kind) {
      case 'stage':
        return { teams: date.team, activity, text: `${date.title}, counts from ${day}` };
      case 'not-applicable':
        return { teams: date.team, activity, text: `Not applicable, counts from ${day}` };
      case 'evidence':
        return { teams: date.teams.join(', '), activity, text: `evidence "${date.title}" recorded ${day}` };
      case 'review':
        return { teams: date.teams.join(', '), activity, text: `evidence "${date.title}" reviewed ${day}` };
    }
  });
}
