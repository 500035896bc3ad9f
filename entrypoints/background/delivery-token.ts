import type { Runtime } from 'webextension-polyfill';
import { storedItems } from '../../shell/stored-items.ts';

/** The query parameter that carries a delivery's token in the prompt page's address. */
export const DELIVERY_PARAM = 'delivery';

/**
 * Starts a delivery: a fresh token, kept in session storage before any frame or window can load.
 * Only the prompt page whose own address carries it may answer; any other copy is inert.
 */
export async function startDelivery(): Promise<string> {
  const token = crypto.randomUUID();
  await storedItems.delivery.setValue(token);
  return token;
}

/** Ends the delivery now on screen: from here on, every copy of it is inert. */
export async function endDelivery(): Promise<void> {
  await storedItems.delivery.removeValue();
}

/** The token of the delivery now on screen, if any. */
export function currentDelivery(): Promise<string | undefined> {
  return storedItems.delivery.getValue();
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

/** Notes, as the loader reported it, that the page took the keyboard from this delivery's card. */
export async function markFocusTaken(delivery: string): Promise<void> {
  await storedItems.focusTakenFrom.setValue(delivery);
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
      storedItems.focusTakenFrom.getValue(),
      currentDelivery(),
    ]);
    if (marked === undefined || marked !== delivery) return false;
    await storedItems.focusTakenFrom.removeValue();
    return true;
  });
  taking = take.catch(() => undefined);
  return take;
}
