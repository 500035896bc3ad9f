import { useEffect, useRef, useState } from 'preact/hooks';

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
      <h2 id="data-title">Your data</h2>
      <p class="hint">
        Everything on this page lives only in this browser on this device. Export a copy to keep or
        to move it to another browser; nothing is ever sent anywhere.
      </p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={props.onExportJson}>
          Export everything (JSON)
        </button>
        <button type="button" disabled={busy} onClick={props.onExportCsv}>
          Export records (CSV)
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
          Import an export (JSON)…
        </label>
      </div>
      <p class="hint">
        Importing adds the records you do not have yet and skips the ones already here; a file with
        settings replaces your settings. A damaged or unexpected file changes nothing.
      </p>
      <div aria-live="polite" class="data-status">
        {props.busy ? <p class="busy">{props.busy}</p> : null}
        {props.busy && props.progress ? (
          <progress
            class="import-progress"
            aria-label="Records imported"
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
          <h3 id="confirm-title">Delete everything Interlude keeps on this device?</h3>
          <p>
            {count === undefined ? 'All records' : `All ${count.toLocaleString('en')} records`} will
            go: every pause offered and what you did with it, natural breaks, screen-time stretches,
            answers to “what is mine to do?” with their notes, and your end-of-day notes. Your
            settings stay. This cannot be undone, so export first if you want a copy.
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
              Yes, delete everything
            </button>
            <button type="button" ref={keep} onClick={() => setConfirming(false)}>
              Keep my log
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
          Delete everything…
        </button>
      )}
    </section>
  );
}
