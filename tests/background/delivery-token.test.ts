import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  endDelivery,
  markFocusTaken,
  startDelivery,
  takeFocusTaken,
} from '../../entrypoints/background/delivery-token.ts';

describe('the page taking the keyboard from a card', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves the card only once the loader said so, and only once', async () => {
    const delivery = await startDelivery();
    // The card lost focus because the person clicked their page: nothing was reported.
    expect(await takeFocusTaken()).toBe(false);
    await markFocusTaken(delivery);
    expect(await takeFocusTaken()).toBe(true);
    // The card asks again (it heard the background and lost focus): it moves once.
    expect(await takeFocusTaken()).toBe(false);
  });

  it('answers two asks at once with one move', async () => {
    await markFocusTaken(await startDelivery());
    expect(await Promise.all([takeFocusTaken(), takeFocusTaken()])).toEqual([true, false]);
  });

  it('holds only for the delivery it was reported for', async () => {
    const first = await startDelivery();
    await markFocusTaken(first);
    await startDelivery();
    expect(await takeFocusTaken()).toBe(false);
    await endDelivery();
    expect(await takeFocusTaken()).toBe(false);
  });
});
