import { setPageLanguage } from '../../components/i18n/page-language.ts';
import '../../components/theme.css';
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup.tsx';
import type { StatusView } from '../../core/status-view.ts';
import type { LaterView, MessageMap, MessageName } from '../../shell/protocol.ts';
import { sendMessage } from '../../shell/send-message.ts';
import { sendMessageRetrying } from '../../shell/send-message-retrying.ts';
import { cachedStatus } from '../../shell/status-cache.ts';

const REFRESH_MS = 30_000;

/** The toolbar popup: status at a glance and the few actions a person needs. It only wires. */
function PopupPage() {
  const [status, setStatus] = useState<StatusView>();
  const [error, setError] = useState<string>();
  const [now, setNow] = useState(() => Date.now());
  const [later, setLater] = useState<LaterView>();

  const refresh = useCallback(() => {
    sendMessageRetrying('get-status').then(
      (next) => {
        setStatus(next);
        setError(undefined);
        setNow(Date.now());
      },
      (cause: Error) => setError(cause.message),
    );
  }, []);

  useEffect(() => {
    // The list is a help, not the popup's purpose: if it cannot be read, the rest still works.
    sendMessageRetrying('later-list').then(setLater, (cause: Error) =>
      console.warn('Interlude: later-list', cause),
    );
  }, []);

  useEffect(() => {
    // Something true at once (what the background last knew), then the live answer.
    void cachedStatus().then((cached) => setStatus((live) => live ?? cached));
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  // Prompts open over the page or in their own window, so the popup gets out of the way.
  const thenClose = <N extends MessageName>(promise: Promise<MessageMap[N]['output']>) =>
    promise.then(
      () => window.close(),
      (cause: Error) => setError(cause.message),
    );

  return (
    <Popup
      status={status}
      error={error}
      now={now}
      onPauseNow={() => thenClose(sendMessage('pause-now'))}
      onBoundaryCue={() => thenClose(sendMessage('boundary-cue'))}
      onEndDay={() => thenClose(sendMessage('end-day'))}
      onSnooze={(minutes) =>
        sendMessage('snooze', minutes === 'tomorrow' ? { until: 'tomorrow' } : { minutes }).then(
          refresh,
          (cause: Error) => setError(cause.message),
        )
      }
      onResume={() =>
        sendMessage('resume').then(setStatus, (cause: Error) => setError(cause.message))
      }
      later={later}
      onLater={(item, action, remindAt) =>
        sendMessage('later', {
          id: item.id,
          action,
          ...(remindAt === undefined ? {} : { remindAt }),
        }).then(setLater, (cause: Error) => setError(cause.message))
      }
      logHref={browser.runtime.getURL('/log.html')}
      settingsHref={browser.runtime.getURL('/settings.html')}
      supportHref={browser.runtime.getURL('/support.html')}
    />
  );
}

setPageLanguage();
render(<PopupPage />, document.getElementById('app') as HTMLElement);
