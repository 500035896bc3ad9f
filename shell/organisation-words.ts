import type { ManagedPolicy } from '../core/managed-policy.ts';
import { currentPolicy } from './effective-settings.ts';
import type { PromptDetails } from './protocol.ts';

/**
 * The prompt details' `organisation` part: the policy's team agreement and its line about pauses
 * (the policy the background last read with its settings), or nothing when it gives neither.
 */
export function organisationWords(
  policy: ManagedPolicy | undefined = currentPolicy(),
): Pick<PromptDetails, 'organisation'> {
  if (!policy) return {};
  const { organisation: name, teamAgreement, protectedPauses } = policy;
  if (teamAgreement.length === 0 && protectedPauses.line === '') return {};
  return { organisation: { name, teamAgreement, protectedPauseLine: protectedPauses.line } };
}
