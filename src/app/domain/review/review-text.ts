import { ReviewInterval } from '../types';
import { ActivityStatus } from '../status/activity-status';
import { reviewIntervalText } from './review-interval';

/** The state in words, on every page: the stage control, the matrix card, the roadmap, the control view. */
export const DUE_FOR_REVIEW_TEXT = 'Due for review';

/** How a page writes a day (the settings' format); the command line writes YYYY-MM-DD. */
export type DayText = (day: string) => string;

/** What the freshness was counted from, in words: `evidence recorded or reviewed 2 Mar 2025`. */
export function reviewBasisText(status: ActivityStatus, day: DayText): string {
  const review = status.review;
  if (review === undefined) return '';
  if (review.basis === 'evidence') return `evidence last recorded or reviewed ${day(review.since)}`;
  return status.kind === 'not-applicable'
    ? `marked not applicable ${day(review.since)}`
    : `stage set ${day(review.since)}, no evidence`;
}

/**
 * The freshness of a status in one line: `Due for review since 2 Mar 2026 (evidence last recorded
 * or reviewed 2 Mar 2025; every 12 months)`, or `Next review by 2 Mar 2027`; '' without one.
 */
export function reviewText(status: ActivityStatus, day: DayText): string {
  const review = status.review;
  if (review === undefined) return '';
  if (!status.due) return `Next review by ${day(review.by)}`;
  return `${DUE_FOR_REVIEW_TEXT} since ${day(review.by)} (${reviewBasisText(status, day)}; ${everyText(review.interval)})`;
}

/** reviewText to follow a colon mid-sentence: `due for review since …`. */
export function reviewPhrase(status: ActivityStatus, day: DayText): string {
  const text = reviewText(status, day);
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** `every 12 months`, `every 3 months`, `every year`. */
export function everyText(interval: ReviewInterval): string {
  const text = reviewIntervalText(interval);
  return `every ${text.startsWith('1 ') && !text.includes(' and ') ? text.slice(2) : text}`;
}
