import type { SettingsProblem } from '../../core/settings-problem.ts';
import type { SettingsStorageProblem } from '../../shell/settings-store.ts';
import { describeSettingsProblem } from './describe-settings-problem.ts';
import { describeSettingsStorage } from './describe-settings-storage.ts';

/** Why a save outside the form (a reply site switched on or off) stored nothing, in whole sentences. */
export function describeSaveProblem(result: {
  errors: readonly SettingsProblem[];
  storage?: SettingsStorageProblem;
}): string {
  if (result.storage) return describeSettingsStorage(result.storage);
  return result.errors.map(describeSettingsProblem).join(' ');
}
