// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FewerQuestion } from '../../components/prompt/FewerQuestion.tsx';

const suggestion = {
  current: { stretchMinutes: 50, maxStretchMinutes: 70, cooldownMinutes: 20 },
  suggest: { stretchMinutes: 75, maxStretchMinutes: 95, cooldownMinutes: 30 },
};

afterEach(cleanup);

describe('FewerQuestion', () => {
  it('says exactly what would change, and Enter accepts', () => {
    const onChoose = vi.fn();
    render(<FewerQuestion suggestion={suggestion} onChoose={onChoose} />);
    expect(screen.getByRole('dialog', { name: 'Fewer of these?' })).toBeTruthy();
    expect(screen.getByText(/after about 75 minutes of screen time instead of 50/)).toBeTruthy();
    expect(screen.getByText(/at least 30 minutes apart instead of 20/)).toBeTruthy();
    const fewer = screen.getByRole('button', { name: /Fewer, please/ });
    expect(document.activeElement).toBe(fewer);
    fireEvent.keyDown(fewer.closest('[role=dialog]') as Element, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith(true);
  });

  it('Escape keeps things as they are, and only one answer counts', () => {
    const onChoose = vi.fn();
    render(<FewerQuestion suggestion={suggestion} onChoose={onChoose} />);
    const dialog = screen.getByRole('dialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: /Fewer, please/ }));
    expect(onChoose).toHaveBeenCalledOnce();
    expect(onChoose).toHaveBeenCalledWith(false);
  });
});
