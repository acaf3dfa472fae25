// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import OdeTrial from '@/components/widgets/ode-trial/Widget';
import { maxError } from '@/components/widgets/ode-trial/network';
import { createTrainer } from '@/components/widgets/ode-trial/trainer';

const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const PAGE = '/chapters/differential-equations/';

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', PAGE);
});

afterEach(() => {
  vi.useRealTimers();
});

const fmt = (v: number) => String(Number(v.toPrecision(4)));

describe('OdeTrial', () => {
  test('opens untrained on the chapter’s problem, with g_t(0) = 10 and the seeded network’s error', () => {
    render(<OdeTrial />);
    const expected = maxError(createTrainer({ gamma: 2, g0: 10, points: 10, hiddenUnits: 10, layers: 1, lr: 0.01, optimizer: 'adam', seed: 1 }).params(), { gamma: 2, g0: 10 });
    expect(text('ode-iteration')).toBe('0');
    expect(text('ode-g0')).toBe('10');
    expect(text('ode-error')).toBe(fmt(expected));
    expect(text('ode-status')).toMatch(/^Untrained/);
    // The exact g_t′(0.5) and its central difference (h = 1e-4) agree to the digits shown.
    expect(text('ode-fd')).toBe(text('ode-dg'));
  });

  test('Train runs the set number of iterations in slices; the numbers match a direct run', async () => {
    window.history.replaceState(null, '', `${PAGE}?ode.iters=300`);
    render(<OdeTrial />);
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    for (let i = 0; i < 50 && !/Finished/.test(text('ode-status')); i++) await act(async () => vi.advanceTimersByTime(50));
    expect(text('ode-status')).toBe('Finished 300 iterations.');
    expect(text('ode-iteration')).toBe('300');
    const direct = createTrainer({ gamma: 2, g0: 10, points: 10, hiddenUnits: 10, layers: 1, lr: 0.01, optimizer: 'adam', seed: 1 });
    direct.steps(300);
    expect(text('ode-error')).toBe(fmt(maxError(direct.params(), { gamma: 2, g0: 10 })));
  });

  test('Stop pauses and Resume continues', async () => {
    render(<OdeTrial />);
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    await act(async () => vi.advanceTimersByTime(1));
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await act(async () => vi.advanceTimersByTime(200));
    const stoppedAt = text('ode-iteration');
    expect(text('ode-status')).toBe(`Stopped at iteration ${stoppedAt}. Resume to continue.`);
    await act(async () => vi.advanceTimersByTime(200));
    expect(text('ode-iteration')).toBe(stoppedAt);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await act(async () => vi.advanceTimersByTime(1));
    expect(Number(text('ode-iteration'))).toBeGreaterThan(Number(stoppedAt));
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
  });

  test('a diverging run says so in words and offers a reset with a smaller η', async () => {
    window.history.replaceState(null, '', `${PAGE}?ode.opt=gd&ode.lr=1`);
    render(<OdeTrial />);
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    for (let i = 0; i < 50 && !/diverged/.test(text('ode-status')); i++) await act(async () => vi.advanceTimersByTime(50));
    expect(text('ode-status')).toMatch(/^Training diverged at iteration \d+: the cost/);
    expect(text('ode-status')).toMatch(/η = 1 is too large/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset with η = 0.1' }));
    expect(text('ode-lr')).toBe('0.1');
    expect(text('ode-status')).toMatch(/^Untrained/);
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toBe('?ode.lr=0.1&ode.opt=gd');
  });

  test('the γ slider changes the problem at once; nonsense in the link is explained', () => {
    window.history.replaceState(null, '', `${PAGE}?ode.lr=1e6&ode.hidden=abc&ode.layers=7`);
    render(<OdeTrial />);
    expect(screen.getByText(/“lr=1e6” is above the maximum 10/)).toBeTruthy();
    expect(screen.getByText(/“hidden=abc” is not a number/)).toBeTruthy();
    expect(screen.getByText(/“layers=7” is not one of 1, 2/)).toBeTruthy();
    fireEvent.change(screen.getByRole('slider', { name: /γ =/ }), { target: { value: '3' } });
    expect(text('ode-gamma')).toBe('3');
    fireEvent.change(screen.getByTestId('ode-lr-input'), { target: { value: '1e6' } });
    expect(screen.getByText(/learning rate η must be between 0.00001 and 10; 1e6 is ignored/)).toBeTruthy();
  });
});
