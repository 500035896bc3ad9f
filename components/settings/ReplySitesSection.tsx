/*
 * Why this file is long: the reply sites' list and each site's host access (and asking for it) are
 * one section.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '../../core/settings.ts';
import { isValidHostPattern, type ReplySiteRow } from '../../shell/reply-sites.ts';
import { t } from '../i18n/messages.ts';
import { LockNote, useLock } from './managed-fields.tsx';
import { NumberField } from './NumberField.tsx';
import { SwitchField } from './SwitchField.tsx';
import { TimeField } from './TimeField.tsx';

/** Props of {@link ReplySitesSection}. */
export interface ReplySitesSectionProps {
  settings: Settings;
  errors: Record<string, string>;
  rows: readonly ReplySiteRow[];
  /** Turns a site on (asks the browser for access, in this click) or off. */
  onToggle(row: ReplySiteRow, on: boolean): void;
  /** Adds a site by host and asks for access to it, in this click. */
  onAdd(host: string): void;
  /** What happened with the last request. */
  message?: string;
}

/** The boundary cue: on or off, how often, and the reply sites it listens on (each granted by the person). */
export function ReplySitesSection({
  settings,
  errors,
  rows,
  onToggle,
  onAdd,
  message,
}: ReplySitesSectionProps) {
  // The saved setting: with the cue off, the detector runs nowhere, whatever is chosen below.
  const cueOff = !settings.boundaryCue.enabled;
  const [host, setHost] = useState('');
  const [hostError, setHostError] = useState<string>();
  const sitesLocked = useLock('boundaryCue.sites') !== undefined;
  const add = () => {
    if (!isValidHostPattern(host)) {
      setHostError(t('sites_not_a_host'));
      return;
    }
    setHostError(undefined);
    setHost('');
    onAdd(host.trim().toLowerCase());
  };
  return (
    <section class="card" id="reply-sites" aria-labelledby="cue-title">
      <h2 id="cue-title">{t('sites_boundary_cue')}</h2>
      <SwitchField name="boundaryCue.enabled" checked={settings.boundaryCue.enabled}>
        {t('sites_ask_what_is_actually_mine')}
      </SwitchField>
      <NumberField
        errors={errors}
        name="boundaryCue.perTabCooldownMinutes"
        value={settings.boundaryCue.perTabCooldownMinutes}
        unit={t('pauses_minutes')}
        label={t('sites_ask_again_in_the_same')}
      />
      <div class="setting-pair">
        <NumberField
          errors={errors}
          name="boundaryCue.reminder.soonMinutes"
          value={settings.boundaryCue.reminder.soonMinutes}
          unit={t('pauses_minutes')}
          label={t('sites_mine_later_first_offers_a')}
        />
        <TimeField
          errors={errors}
          name="boundaryCue.reminder.afternoonAt"
          value={settings.boundaryCue.reminder.afternoonAt}
          label={t('sites_or_this_afternoon_at')}
          hint={t('sites_it_also_offers_the_start')}
        />
      </div>
      <h3>{t('sites_reply_sites')}</h3>
      <LockNote name="boundaryCue.sites" />
      <p class="hint" id="reply-sites-why">
        {t('sites_no_site_is_on_until')}
      </p>
      {cueOff ? (
        <p class="notice" id="reply-sites-off">
          {t('sites_the_boundary_cue_is_off')}
        </p>
      ) : null}
      <ul
        class="site-list"
        aria-describedby={cueOff ? 'reply-sites-why reply-sites-off' : 'reply-sites-why'}
      >
        {rows.map((row) => (
          <li key={row.id}>
            <label class="switch">
              <input
                type="checkbox"
                checked={row.on}
                // Locked: the organisation's sites can still be given access, no others turned on.
                disabled={
                  cueOff ||
                  (sitesLocked && !row.hosts.every((h) => settings.boundaryCue.sites.includes(h)))
                }
                onChange={(event) => {
                  const box = event.currentTarget;
                  onToggle(row, box.checked);
                  // Stays as it was until the browser has answered and the settings say otherwise.
                  box.checked = row.on;
                }}
              />
              {row.label}
            </label>
            {row.custom ? null : <span class="hint">{row.hosts.join(', ')}</span>}
          </li>
        ))}
      </ul>
      <div class="add-site">
        <label for="add-site-host">{t('sites_add_a_reply_site')}</label>
        <div class="setting-control">
          <input
            id="add-site-host"
            type="text"
            value={host}
            disabled={cueOff || sitesLocked}
            placeholder="help.example.com"
            aria-invalid={hostError ? true : undefined}
            aria-describedby={hostError ? 'add-site-error' : undefined}
            onInput={(event) => setHost(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <button type="button" onClick={add} disabled={cueOff || sitesLocked}>
            {t('sites_add_and_allow')}
          </button>
        </div>
        {hostError ? (
          <p id="add-site-error" class="field-error">
            {hostError}
          </p>
        ) : null}
      </div>
      {message ? (
        <p class="notice" role="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}
