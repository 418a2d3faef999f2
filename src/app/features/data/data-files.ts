import { Injectable, inject } from '@angular/core';
import { exportEvidenceFile } from '../../domain/evidence/export-evidence-file';
import { exportProgressFile } from '../../domain/progress/export-progress-file';
import { stagesFile } from '../../domain/stages/meta-with-stages';
import { exportTeamsFile } from '../../domain/teams/export-teams-file';
import { exportBackupFile } from '../../domain/transfer/backup-file';
import { downloadText } from '../../shared/download';
import { localDay } from '../../shared/local-day';
import { AssessmentStore } from '../../state/assessment-store';

/** `stages`: meta.yaml with the stages edited in the browser (or its progressDefinition alone). */
export type DownloadKind = 'progress' | 'stages' | 'evidence' | 'teams' | 'backup';

const YAML = 'application/yaml';

/** The files the data centre downloads, written from what the browser holds now. */
@Injectable({ providedIn: 'root' })
export class DataFiles {
  private readonly store = inject(AssessmentStore);

  fileName(kind: DownloadKind): string {
    switch (kind) {
      case 'progress':
        return 'team-progress.yaml';
      case 'stages':
        return this.stages().kind === 'meta.yaml' ? 'meta.yaml' : 'progress-definition.yaml';
      case 'evidence':
        return 'team-evidence.yaml';
      case 'teams':
        return 'teams.yaml';
      case 'backup':
        return `dsomm-studio-backup-${localDay()}.yaml`;
    }
  }

  text(kind: DownloadKind): string {
    const { assessment, data } = this.store.state();
    const model = data?.model;
    switch (kind) {
      case 'progress':
        return exportProgressFile(assessment.progress, { model, stages: assessment.stages });
      case 'stages':
        return this.stages().text;
      case 'evidence':
        return exportEvidenceFile(assessment.evidence, { model });
      case 'teams':
        return exportTeamsFile(assessment.teams, assessment.targets);
      case 'backup':
        return exportBackupFile(assessment, { model, now: Date.now() });
    }
  }

  /** The browser's stages written into the served meta.yaml. */
  stages() {
    const { assessment, data } = this.store.state();
    return stagesFile(data?.metaText, assessment.stages);
  }

  download(kind: DownloadKind): string {
    const name = this.fileName(kind);
    downloadText(name, this.text(kind), YAML);
    return name;
  }
}
