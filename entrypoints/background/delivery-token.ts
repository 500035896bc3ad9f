import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';

const KEY = 'promptDelivery';

/** The query parameter that carries a delivery's token in the prompt page's address. */
export const DELIVERY_PARAM = 'delivery';

/**
 * Starts a delivery: a fresh token, kept in session storage before any frame or window can load.
 * Only the prompt page whose own address carries it may answer; any other copy is inert.
 */
export async function startDelivery(): Promise<string> {
  const token = crypto.randomUUID();
  await browser.storage.session.set({ [KEY]: token });
  return token;
}

/** Ends the delivery now on screen: from here on, every copy of it is inert. */
export async function endDelivery(): Promise<void> {
  await browser.storage.session.remove(KEY);
}

/** The token of the delivery now on screen, if any. */
export async function currentDelivery(): Promise<string | undefined> {
  return (await browser.storage.session.get(KEY))[KEY] as string | undefined;
}

/**
 * Whether a message may act on the prompt now on screen. Interlude's other pages may (the popup,
 * the tests' control page); a prompt page only when its own address, which the browser reports and
 * no page can forge, carries the current delivery's token.
 */
export async function fromCurrentDelivery(sender: Runtime.MessageSender): Promise<boolean> {
  const url = sender.url ? new URL(sender.url) : undefined;
  if (!url?.pathname.endsWith('/prompt.html')) return true;
  const token = url.searchParams.get(DELIVERY_PARAM);
  return token !== null && token === (await currentDelivery());
}

const FOCUS_TAKEN_KEY = 'focusTakenFrom';

/** Notes, as the loader reported it, that the page took the keyboard from this delivery's card. */
export async function markFocusTaken(delivery: string): Promise<void> {
  await browser.storage.session.set({ [FOCUS_TAKEN_KEY]: delivery });
}

/** Takes of the report, one after another: two asks at once must not both find it. */
let taking: Promise<unknown> = Promise.resolve();

/**
 * Whether the loader reported the page taking the keyboard from the card now on screen; true once
 * only (asks are taken in turn), so the card moves to the window once however often it asks.
 */
export function takeFocusTaken(): Promise<boolean> {
  const take = taking.then(async () => {
    const [marked, delivery] = await Promise.all([
      browser.storage.session.get(FOCUS_TAKEN_KEY).then((stored) => stored[FOCUS_TAKEN_KEY]),
      currentDelivery(),
    ]);
    if (marked === undefined || marked !== delivery) return false;
    await browser.storage.session.remove(FOCUS_TAKEN_KEY);
    return true;
  });
  taking = take.catch(() => undefined);
  return take;
}
