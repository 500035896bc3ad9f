import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tn } from '../i18n/messages.ts';

/** Props of {@link DataControls}. */
export interface DataControlsProps {
  /** What is under way ("Importing…"), if anything; the controls wait meanwhile. */
  busy?: string;
  /** How far the import under way has written its records, once it has begun writing them. */
  progress?: { done: number; total: number };
  /** The outcome of the last import, export or deletion; `id` tells one report from the next. */
  report?: { id: number; ok: boolean; text: string };
  /** How many records are kept, for the deletion warning; undefined until counted. */
  recordCount: number | undefined;
  /** The deletion question opened: count the records for it (counting a year takes a moment). */
  onAskDelete?(): void;
  onExportJson(): void;
  onExportCsv(): void;
  onImport(file: File): void;
  onDeleteEverything(): void;
}

/**
 * Export (JSON with settings, or CSV), import an export, and delete everything after a confirmation
 * that names what will go. History never leaves the device except in a file the person saves.
 */
export function DataControls(props: DataControlsProps) {
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  // The question takes focus, on the safe answer, so a keyboard user hears it at once.
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  const busy = props.busy !== undefined;
  const count = props.recordCount;
  return (
    <section class="card data-controls" aria-labelledby="data-title">
      <h2 id="data-title">{t('data_title')}</h2>
      <p class="hint">{t('data_local')}</p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={props.onExportJson}>
          {t('data_export_json')}
        </button>
        <button type="button" disabled={busy} onClick={props.onExportCsv}>
          {t('data_export_csv')}
        </button>
        <label class={`file-button${busy ? ' is-busy' : ''}`}>
          <input
            type="file"
            accept="application/json,.json"
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              // Cleared so choosing the same file again still imports it.
              input.value = '';
              if (file) props.onImport(file);
            }}
          />
          {t('data_import')}
        </label>
      </div>
      <p class="hint">{t('data_import_how')}</p>
      <div aria-live="polite" class="data-status">
        {props.busy ? <p class="busy">{props.busy}</p> : null}
        {props.busy && props.progress ? (
          <progress
            class="import-progress"
            aria-label={t('data_records_imported')}
            max={props.progress.total}
            value={props.progress.done}
          />
        ) : null}
        {!props.busy && props.report ? (
          <p
            key={props.report.id}
            data-report={props.report.id}
            class={props.report.ok ? 'report' : 'report notice'}
            role={props.report.ok ? undefined : 'alert'}
          >
            {props.report.text}
          </p>
        ) : null}
      </div>
      {confirming ? (
        <section class="confirm" aria-labelledby="confirm-title">
          <h3 id="confirm-title">{t('data_delete_question')}</h3>
          <p>
            {count === undefined ? t('data_delete_what') : tn('data_delete_what_counted', count)}
          </p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                props.onDeleteEverything();
              }}
            >
              {t('data_delete_yes')}
            </button>
            <button type="button" ref={keep} onClick={() => setConfirming(false)}>
              {t('data_delete_keep')}
            </button>
          </div>
        </section>
      ) : (
        <button
          type="button"
          class="quiet"
          disabled={busy}
          onClick={() => {
            setConfirming(true);
            props.onAskDelete?.();
          }}
        >
          {t('data_delete')}
        </button>
      )}
    </section>
  );
}
