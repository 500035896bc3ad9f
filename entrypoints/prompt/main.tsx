import '../../components/theme.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PromptView } from '../../components/prompt/PromptView.tsx';
import type { PromptAnswer } from '../../core/answers.ts';
import type { PromptDetails } from '../../shell/protocol.ts';
import { sendMessage } from '../../shell/send-message.ts';

/** The prompt page: shown in the overlay frame or the small Interlude window. It only wires. */
function PromptPage() {
  const [details, setDetails] = useState<PromptDetails | null>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    sendMessage('current-prompt').then(
      (current) => setDetails(current ?? null),
      (cause: Error) => setError(cause.message),
    );
  }, []);

  const answer = (value: PromptAnswer) => {
    sendMessage('answer', value).catch((cause: Error) => setError(cause.message));
  };

  return <PromptView details={details} error={error} onAnswer={answer} />;
}

render(<PromptPage />, document.getElementById('app') as HTMLElement);
