import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  addEvidence,
  draftOf,
  editEvidence,
  EvidenceDraft,
  evidenceDraftProblem,
} from '../../domain/evidence/evidence-edits';
import { changedAfterReview } from '../../domain/evidence/evidence-review';
import { AttachmentType, Evidence } from '../../domain/types';
import { AssessmentStore } from '../../state/assessment-store';
import { Icon } from '../icon/icon';
import { formatDay, localDay } from '../local-day';
import { OPTIONS_SHOWN } from '../team-selection/team-picker';
import { EvidenceTeams } from './evidence-teams';
import { httpUrlValidator } from './http-url';

export interface EvidenceDialogData {
  readonly activityUuid: string;
  readonly activityName: string;
  /** Teams the evidence can be for. */
  readonly teams: readonly string[];
  /** Teams ticked for new evidence (e.g. the visible ones). */
  readonly defaultTeams: readonly string[];
  /** The evidence to edit; absent to add new evidence. */
  readonly evidence?: Evidence;
}

type AttachmentForm = FormGroup<{
  type: FormControl<AttachmentType>;
  externalLink: FormControl<string>;
}>;

/** Opens the dialog; it closes with `true` once the evidence is saved through the store. */
export function openEvidenceDialog(dialog: MatDialog, data: EvidenceDialogData): MatDialogRef<EvidenceDialog, boolean> {
  return dialog.open<EvidenceDialog, EvidenceDialogData, boolean>(EvidenceDialog, {
    data,
    width: '560px',
    maxWidth: '96vw',
    autoFocus: 'first-tabbable',
  });
}

/**
 * Adds or edits one piece of evidence: title (required), description, date (today by default),
 * who recorded it, teams and attachments with a validated http(s) link. Reviews are marked in the
 * evidence list; an edit keeps the review, which then reads "changed after review". Saves with the domain's
 * addEvidence / editEvidence through `store.update`.
 */
@Component({
  selector: 'app-evidence-dialog',
  imports: [
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    Icon,
    EvidenceTeams,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evidence-dialog.html',
  styleUrl: './evidence-dialog.scss',
})
export class EvidenceDialog {
  protected readonly data = inject<EvidenceDialogData>(MAT_DIALOG_DATA);
  private readonly store = inject(AssessmentStore);
  private readonly dialogRef = inject<MatDialogRef<EvidenceDialog, boolean>>(MatDialogRef);
  protected readonly attachmentTypes: readonly AttachmentType[] = ['document', 'image', 'link'];
  protected readonly error = signal<string | undefined>(undefined);
  /** Past a select's worth of teams they are found rather than listed (see EvidenceTeams). */
  protected readonly manyTeams = this.data.teams.length > OPTIONS_SHOWN;
  protected readonly dateLocale = computed(() => this.store.assessment().settings.dateLocale);
  /** What the dialog says of the review of the evidence edited; '' when it has none. */
  protected readonly reviewNote = computed(() => {
    const entry = this.data.evidence;
    if (entry?.reviewed === undefined) return '';
    const by = `Reviewed by ${entry.reviewer || 'someone'} on ${formatDay(entry.reviewed, this.dateLocale())}`;
    return changedAfterReview(entry)
      ? `${by}, and changed since: it reads "changed after review" until it is reviewed again.`
      : `${by}. Saving a change to it marks it "changed after review" until it is reviewed again.`;
  });

  protected readonly form = new FormGroup({
    title: new FormControl(this.data.evidence?.title ?? '', {
      nonNullable: true,
      validators: [Validators.required, blank],
    }),
    description: new FormControl(this.data.evidence?.description ?? '', { nonNullable: true }),
    evidenceRecorded: new FormControl(this.data.evidence?.evidenceRecorded ?? localDay(), {
      nonNullable: true,
      validators: [Validators.required],
    }),
    recordedBy: new FormControl(this.data.evidence?.recordedBy ?? '', { nonNullable: true }),
    teams: new FormControl<string[]>([...(this.data.evidence?.teams ?? this.data.defaultTeams)], {
      nonNullable: true,
      validators: [Validators.required],
    }),
    attachments: new FormArray<AttachmentForm>(
      (this.data.evidence?.attachments ?? []).map((a) => attachmentForm(a.type, a.externalLink)),
    ),
  });

  protected get attachments(): FormArray<AttachmentForm> {
    return this.form.controls.attachments;
  }

  protected addAttachment(): void {
    this.attachments.push(attachmentForm('link', ''));
  }

  protected removeAttachment(index: number): void {
    this.attachments.removeAt(index);
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const kept = this.data.evidence;
    // The review stays with the edit: a changed entry then reads "changed after review".
    const draft: EvidenceDraft = {
      ...(kept ? draftOf(kept) : { reviewer: '' }),
      activityUuid: this.data.activityUuid,
      title: value.title.trim(),
      description: value.description.trim(),
      evidenceRecorded: value.evidenceRecorded,
      recordedBy: value.recordedBy,
      teams: value.teams,
      attachments: value.attachments.map((a) => ({ type: a.type, externalLink: a.externalLink.trim() })),
    };
    const problem = evidenceDraftProblem(draft);
    if (problem) {
      this.error.set(problem.message);
      return;
    }
    const now = Date.now();
    const id = this.data.evidence?.id;
    this.store.update((assessment) =>
      id === undefined
        ? addEvidence(assessment, draft, () => crypto.randomUUID(), now)
        : editEvidence(assessment, id, draft, now),
    );
    this.dialogRef.close(true);
  }
}

function attachmentForm(type: AttachmentType, link: string): AttachmentForm {
  return new FormGroup({
    type: new FormControl<AttachmentType>(type, { nonNullable: true }),
    externalLink: new FormControl(link, { nonNullable: true, validators: [Validators.required, httpUrlValidator] }),
  });
}

/** A title of only spaces is no title. */
function blank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() === '' && control.value !== '' ? { required: true } : null;
}
