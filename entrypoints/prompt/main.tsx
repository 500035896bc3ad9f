import { t } from '../../components/i18n/messages.ts';
import { setPageLanguage } from '../../components/i18n/page-language.ts';
import '../../components/theme.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pickPractice } from '../../components/practice/pick-practice.ts';
import { FewerQuestion } from '../../components/prompt/FewerQuestion.tsx';
import { offeredHint } from '../../components/prompt/moved-notice.ts';
import { PromptView } from '../../components/prompt/PromptView.tsx';
import type { PromptAnswer } from '../../core/answers.ts';
import type { PromptKind } from '../../core/records.ts';
import type { FewerSuggestion, PromptDetails } from '../../shell/protocol.ts';
import { sendMessage } from '../../shell/send-message.ts';
import { sendMessageRetrying } from '../../shell/send-message-retrying.ts';
import { storedItems } from '../../shell/stored-items.ts';
import { usePromptGuards } from './use-prompt-guards.ts';

/** Phrases of the last few pauses, kept on this device so the next pause offers a different one. */
const RECENT_KEEP = 5;

/**
 * The prompt to show, asked of the background: framed in a web page, Firefox gives this page neither
 * `storage.session` nor `tabs`, so it relies on messages alone, wherever it is placed.
 */
function currentPrompt(): Promise<PromptDetails | undefined> {
  return sendMessageRetrying('current-prompt');
}

/** Tells the background this prompt could not load, so it stops counting it as showing. */
function reportFailed(): void {
  const prompt = new URLSearchParams(location.search).get('prompt');
  if (prompt) void sendMessage('prompt-failed', { prompt: prompt as PromptKind }).catch(() => {});
}

/** The prompt page: shown in the overlay frame or the small Interlude window. It only wires. */
function PromptPage() {
  const [details, setDetails] = useState<PromptDetails | null>();
  const [recent, setRecent] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [askFewer, setAskFewer] = useState<FewerSuggestion>();
  const guards = usePromptGuards();

  useEffect(() => {
    Promise.all([currentPrompt(), storedItems.recentPhrases.getValue()]).then(
      ([current, stored]) => {
        const phrases = stored ?? [];
        setRecent(phrases);
        setDetails(current ?? null);
        // For `npm run bench`: when the prompt first reached the screen (the next frame), epoch ms.
        requestAnimationFrame(() => {
          document.documentElement.dataset.shownAt = String(Date.now());
        });
        if (current?.prompt !== 'transition-pause') return;
        const { phrase } = pickPractice(current.practiceSeed, current.phrases, phrases);
        void storedItems.recentPhrases.setValue([phrase, ...phrases].slice(0, RECENT_KEEP));
      },
      (cause: Error) => {
        setError(cause.message);
        reportFailed();
      },
    );
  }, []);

  const answer = (value: PromptAnswer) => {
    sendMessage('answer', value).then(
      (reply) => setAskFewer(reply.askFewer),
      (cause: Error) => setError(cause.message),
    );
  };
  const chooseFewer = (accept: boolean) => {
    sendMessage('fewer-pauses', { accept }).catch(() => window.close());
  };
  const close = () => {
    sendMessage('dismiss-prompt').catch(() => window.close());
  };
  const saveCueNote = (note: string) => {
    sendMessage('cue-note', { note }).catch(close);
  };

  if (askFewer) return <FewerQuestion suggestion={askFewer} onChoose={chooseFewer} />;
  const said = guards.notice ?? (guards.offered && details ? t(offeredHint) : undefined);
  return (
    <>
      {said && !guards.inert && (
        <div class="page-notice">
          <p class="notice" role="status">
            {said}
          </p>
        </div>
      )}
      <PromptView
        details={guards.inert ? null : details}
        error={error}
        recentPhrases={recent}
        supportHref={browser.runtime.getURL('/support.html')}
        onAnswer={answer}
        onClose={close}
        onCueNote={saveCueNote}
      />
    </>
  );
}

setPageLanguage();
render(<PromptPage />, document.getElementById('app') as HTMLElement);

// In the overlay frame, the card fits its content: the height goes to the loader through the
// background, never through the page, which gets no message from Interlude and no handle on this frame.
if (window.parent !== window) {
  document.documentElement.classList.add('in-frame');
  const report = () => {
    void sendMessage('prompt-height', { height: document.body.scrollHeight }).catch(
      () => undefined,
    );
  };
  new ResizeObserver(report).observe(document.body);
}
