import { useCallback, useRef, useState } from 'preact/hooks';
import { t } from '../../components/i18n/messages.ts';
import type { DataControlsProps } from '../../components/log/DataControls.tsx';
import { describeImport } from '../../components/log/describe-import.ts';
import { downloadFile } from '../../components/log/download-file.ts';
import { type ExportFile, exportCsv, exportJson } from '../../components/log/export-files.ts';
import { importFile } from '../../components/log/import-file.ts';
import type { Settings } from '../../core/settings.ts';
import type { History } from '../../db/history.ts';
import { sendMessage } from '../../shell/send-message.ts';
import { prepareSettings, writeSettings } from '../../shell/settings-store.ts';
import { readInWorker } from './read-in-worker.ts';

// `history-deleted` is being added to shell/protocol.ts by the lead; typed loosely until it lands.
/**
 * Wires the log page's data controls to history: export, import, delete everything. `onChanged`
 * runs after anything that changed the records, so the week can be read again.
 */
export function useDataControls(
  history: History | undefined,
  settings: Settings | undefined,
  onChanged: () => void,
): DataControlsProps {
  const [busy, setBusy] = useState<string>();
  const [progress, setProgress] = useState<DataControlsProps['progress']>();
  const [report, setReport] = useState<DataControlsProps['report']>();
  const [recordCount, setRecordCount] = useState<number>();
  const reports = useRef(0);

  const run = useCallback(
    async (what: string, task: () => Promise<{ ok: boolean; text: string } | undefined>) => {
      setBusy(what);
      setReport(undefined);
      const id = ++reports.current;
      try {
        const outcome = await task();
        setReport(outcome && { id, ...outcome });
      } catch (cause) {
        setReport({ id, ok: false, text: cause instanceof Error ? cause.message : String(cause) });
      } finally {
        setBusy(undefined);
        setProgress(undefined);
        setRecordCount(undefined);
      }
    },
    [],
  );

  const save = (make: () => Promise<ExportFile>) => async () => {
    const file = await make();
    downloadFile(file);
    return { ok: true, text: t('data_saved', file.name) };
  };

  return {
    busy,
    progress,
    report,
    recordCount,
    // Counted only when asked: counting a year of records would slow the week's first read.
    onAskDelete: () => {
      if (history) void history.count().then(setRecordCount);
    },
    onExportJson: () => {
      if (history && settings)
        void run(
          t('data_preparing_export'),
          save(() => exportJson(history, settings, Date.now())),
        );
    },
    onExportCsv: () => {
      if (history)
        void run(
          t('data_preparing_csv'),
          save(() => exportCsv(history, Date.now())),
        );
    },
    onImport: (file) => {
      if (!history) return;
      void run(t('data_importing'), async () => {
        const result = await importFile(file, {
          history,
          settings: { prepare: prepareSettings, write: writeSettings },
          now: Date.now(),
          read: readInWorker,
          onProgress: (done, total) => setProgress({ done, total }),
        });
        if (result.ok) onChanged();
        return { ok: result.ok, text: describeImport(result) };
      });
    },
    onDeleteEverything: () => {
      if (!history) return;
      void run(t('data_deleting'), async () => {
        // The background deletes, between two of its own steps, so no step can write the old state back.
        await sendMessage('delete-everything');
        onChanged();
        return { ok: true, text: t('data_deleted') };
      });
    },
  };
}
