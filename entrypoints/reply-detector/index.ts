import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { notePersonActed, watchPersonActivity } from '../../shell/person-activity.ts';
import { tellCompose } from '../../shell/reply-detection/tell-compose.ts';
import { watchForReplies } from '../../shell/reply-detection/watch-for-replies.ts';

/**
 * Reply detector: registered by the background (`scripting.registerContentScripts`, all frames,
 * document_idle) only on the reply sites the person enabled. Tells the background that the person
 * started a reply, once per compose box per session. The message carries nothing from the page:
 * the background takes the host from the sender's tab, and nothing typed is ever read.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as typeof globalThis & { interludeReplyDetector?: boolean };
  // Registered and injected again (an update, a re-registration): the first copy keeps serving.
  if (scope.interludeReplyDetector) return;
  scope.interludeReplyDetector = true;

  // From page idle on, when the person types or clicks (never what): a prompt waits for a lull.
  watchPersonActivity();
  const stop = watchForReplies(document, () => tellCompose(() => stop()), notePersonActed);
});
