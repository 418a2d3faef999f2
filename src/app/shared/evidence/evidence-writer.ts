import { computed, inject, Injectable } from '@angular/core';
import { deleteEvidence } from '../../domain/evidence/evidence-edits';
import { reviewEvidence } from '../../domain/evidence/evidence-review';
import { Evidence } from '../../domain/types';
import { AssessmentStore } from '../../state/assessment-store';
import { localDay } from '../local-day';
import { EvidenceReview } from './evidence-list';

/**
 * The writes behind an evidence list's "Mark reviewed" and "Delete", one way for every page that
 * lists evidence (the activity page and the heatmap's sector panel), stamped with the time now.
 */
@Injectable({ providedIn: 'root' })
export class EvidenceWriter {
  private readonly store = inject(AssessmentStore);

  /** The reviewer's name last given: the next review form offers it. */
  readonly reviewerName = computed(() => this.store.assessment().settings.reviewerName ?? '');

  /** Marks the evidence reviewed today by the reviewer named. */
  review({ evidence, reviewer }: EvidenceReview): void {
    const now = Date.now();
    this.store.update((assessment) => reviewEvidence(assessment, evidence.id, reviewer, localDay(new Date(now)), now));
  }

  remove(evidence: Evidence): void {
    const now = Date.now();
    this.store.update((assessment) => deleteEvidence(assessment, evidence.id, now));
  }
}
