import { exportBackupFile } from '../transfer/backup-file';
import { AssessmentState, Model } from '../types';
import { readAssessmentLeniently, setAsideWhere } from './persisted-assessment';
import { SetAsideItem } from './set-aside-item';
import { isRecord } from './shapes';

/**
 * The file offered for download when stored data was set aside: a backup, so that the data
 * centre's own import reads it, with every set-aside entry listed as it was stored (the import
 * says they are not imported). Its documents hold what the browser holds now, or, when a whole
 * record was set aside (written by a newer version), what this version can read of the latest one,
 * so that importing it restores that data as far as it goes.
 */
export function setAsideBackup(
  items: readonly SetAsideItem[],
  current: AssessmentState,
  ctx: { readonly model?: Model; readonly now: number },
): string {
  const whole = [...items].reverse().find((item) => item.path.length === 0 && isRecord(item.value))?.value;
  const nameOf = (uuid: string) => ctx.model?.byUuid.get(uuid)?.name;
  return exportBackupFile(isRecord(whole) ? readable(whole, current) : current, {
    ...ctx,
    setAside: items.map((item) => ({
      where: setAsideWhere(item.path, nameOf),
      reason: item.reason,
      setAsideAt: item.savedAt,
      value: item.value,
    })),
  });
}

/** What can be read of a stored record of another layout; the stages in use when it has none. */
function readable(record: Record<string, unknown>, current: AssessmentState): AssessmentState {
  const value = isRecord(record['value']) ? record['value'] : record;
  const read = readAssessmentLeniently(value).value;
  return read.stages.length > 0 ? read : { ...read, stages: current.stages, stagesEdited: false };
}
