import { useId, useRef } from 'preact/hooks';
import type { FewerSuggestion } from '../../shell/protocol.ts';
import { t } from '../i18n/messages.ts';
import { KeyButton } from '../shared/KeyButton.tsx';
import { PromptDialog } from '../shared/PromptDialog.tsx';
import { promptKey } from '../shared/prompt-key.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';

/** Props of {@link FewerQuestion}. */
export interface FewerQuestionProps {
  suggestion: FewerSuggestion;
  /** Called once: true for fewer pauses, false to keep them as they are. */
  onChoose(fewer: boolean): void;
}

/**
 * After several skips in a row: asks, once, whether fewer pauses would suit better, saying exactly
 * what would change. Enter accepts, Escape keeps things as they are; nothing else is asked.
 */
export function FewerQuestion({ suggestion, onChoose }: FewerQuestionProps) {
  const titleId = useId();
  const chosen = useRef(false);
  const firstRef = useFocusOnMount<HTMLButtonElement>();
  const { current, suggest } = suggestion;

  const choose = (fewer: boolean) => {
    if (chosen.current) return;
    chosen.current = true;
    onChoose(fewer);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const key = promptKey(event);
    if (key !== 'Escape' && key !== 'Enter') return;
    event.preventDefault();
    choose(key === 'Enter');
  };

  return (
    <PromptDialog labelledBy={titleId} onKeyDown={onKeyDown}>
      <h1 id={titleId} class="prompt-title">
        {t('fewer_title')}
      </h1>
      <p class="lead">{t('fewer_lead')}</p>
      <p class="lead">
        {t(
          'fewer_change',
          suggest.stretchMinutes,
          current.stretchMinutes,
          suggest.cooldownMinutes,
          current.cooldownMinutes,
        )}
      </p>
      <div class="actions">
        <KeyButton
          shortcut="Enter"
          class="primary"
          buttonRef={firstRef}
          onClick={() => choose(true)}
        >
          {t('fewer_yes')}
        </KeyButton>
        <KeyButton shortcut="Escape" onClick={() => choose(false)}>
          {t('fewer_keep')}
        </KeyButton>
      </div>
    </PromptDialog>
  );
}
