import { inject, Injectable } from '@angular/core';
import { proposalFile, summaryLine } from '../domain/scan/proposal-output';
import { RepositorySnapshot, scanRepository } from '../domain/scan/scan-repository';
import { linkMaker, proposeFromScan } from '../domain/scan/scan-proposal';
import { readScanRules } from '../domain/scan/scan-rules';
import { ImportedData, readImportFile } from '../domain/transfer/read-import';
import { Problem, Result } from '../domain/types';
import { AssessmentStore } from './assessment-store';
import { YamlSource } from './yaml-source';

/** The rules, served next to meta.yaml. */
export const SCAN_RULES_FILE = 'scan-rules.yaml';

/** What a scan of a picked folder gives the import preview. */
export interface FolderScan {
  /** The proposal's file name, as the preview names it. */
  readonly name: string;
  /** The proposal as `dsomm scan` writes it: the same file, read by the same import code. */
  readonly text: string;
  readonly data: ImportedData;
  /** Files that could not be read, rules left out (a custom model): shown with the preview. */
  readonly warnings: readonly Problem[];
  /** "3 stages proposed, 1 kept...; 4 evidence entries." */
  readonly summary: string;
  /** Nothing the rules know was found. */
  readonly empty: boolean;
}

/**
 * "Scan a repository folder" in the data centre: the rules served with the app
 * (`assets/YAML/scan-rules.yaml`, the file `dsomm scan` ships, which a deployment may replace like the
 * other YAML files), the domain scanner, and a proposal judged
 * against this browser's progress for the team on today's date, written and read back exactly as
 * the command line's file is imported. Nothing is stored: the import preview does that, after the
 * user confirms.
 */
@Injectable({ providedIn: 'root' })
export class RepositoryScan {
  private readonly store = inject(AssessmentStore);
  private readonly source = inject(YamlSource);

  async scan(snapshot: RepositorySnapshot, team: string, folderName: string): Promise<Result<FolderScan>> {
    const state = this.store.state();
    if (state.status !== 'ready') {
      const problem: Problem = { file: folderName, message: 'The model has not loaded yet.', severity: 'error' };
      return { ok: false, problems: [problem] };
    }
    const { model } = state.data;
    const { stages, progress } = state.assessment;
    let rulesText: string;
    try {
      rulesText = await this.source.fetchText(SCAN_RULES_FILE);
    } catch (error) {
      const message = `The scan rules could not be fetched (${String(error)}).`;
      return { ok: false, problems: [{ file: 'scan-rules.yaml', message, severity: 'error' }] };
    }
    const rules = readScanRules(rulesText, 'scan-rules.yaml', { stages, model, unknownActivity: 'skip' });
    if (rules.problems.some((p) => p.severity === 'error')) return { ok: false, problems: rules.problems };
    const result = await scanRepository(rules.set.rules, snapshot);
    const proposal = proposeFromScan(result.matches, {
      team,
      day: this.store.today(),
      stages,
      model,
      progress,
      source: folderName,
      link: linkMaker(undefined),
    });
    const name = `${folderName}-scan.yaml`;
    const text = proposalFile(proposal, { stages, model, now: Date.now(), notes: [] });
    const read = readImportFile(text, name, { stages });
    if (!read.ok) return read;
    return {
      ok: true,
      value: {
        name,
        text,
        data: read.value,
        warnings: [...rules.problems, ...result.problems, ...read.warnings],
        summary: summaryLine(proposal),
        empty: proposal.activities.length === 0,
      },
      warnings: [],
    };
  }
}
