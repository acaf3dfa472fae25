// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import LstmGates from '@/components/widgets/lstm-gates/Widget';
import { runLstm, weightsForSeed } from '@/components/widgets/lstm-gates/model';

const text = (id: string) => screen.getByTestId(id).textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/chapters/recurrent-networks/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('LstmGates', () => {
  test('opens on the chapter’s worked step: f = 0.8022, i = 0.6637, C̃ = 0.7779, C = 0.9174, o = 0.6985, h = 0.5062', () => {
    render(<LstmGates />);
    expect([text('lg-f'), text('lg-i'), text('lg-g'), text('lg-c'), text('lg-o'), text('lg-h')]).toEqual(['0.8022', '0.6637', '0.7779', '0.9174', '0.6985', '0.5062']);
    expect(text('lg-step')).toBe('Step t = 1 of 5: x1 = 1, from h = 0.2000, C = 0.5000');
    expect(screen.getByTestId('lg-equations').querySelectorAll('.katex-display')).toHaveLength(6);
  });

  test('Forward and → carry the state on; Back and ← return; the URL records the step', () => {
    const expected = runLstm([1, 1, -1, 0, 0.5], 0.2, 0.5, weightsForSeed(0));
    render(<LstmGates />);
    fireEvent.click(screen.getByRole('button', { name: /Forward/ }));
    expect(text('lg-step')).toContain('from h = 0.5062, C = 0.9174');
    expect(text('lg-c')).toBe('1.3438');
    expect(text('lg-c')).toBe(expected[1].c.toFixed(4));
    const stepper = screen.getByRole('group', { name: /Time step/ });
    fireEvent.keyDown(stepper, { key: 'ArrowRight' });
    // The chapter's lead-in: step 3 (x₃ = −1) has C̃₃ = −0.4346, i₃ = 0.4130, o₃ = 0.3372, C₃ = 0.8056, h₃ = 0.2250.
    expect([text('lg-g'), text('lg-i'), text('lg-o'), text('lg-c'), text('lg-h')]).toEqual(['-0.4346', '0.4130', '0.3372', '0.8056', '0.2250']);
    fireEvent.keyDown(stepper, { key: 'End' });
    expect(text('lg-h')).toBe(expected[4].h.toFixed(4));
    fireEvent.keyDown(stepper, { key: 'ArrowLeft' });
    expect(text('lg-step')).toContain('Step t = 4 of 5');
    expect(screen.getByTestId('lg-table').querySelectorAll('tbody tr')).toHaveLength(4);
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toBe('?lg.t=4');
  });

  test('new random weights come from the seed, and the chapter’s weights come back', () => {
    render(<LstmGates />);
    fireEvent.click(screen.getByRole('button', { name: 'New random weights' }));
    const [s] = runLstm([1], 0.2, 0.5, weightsForSeed(1));
    expect(text('lg-f')).toBe(s.f.toFixed(4));
    expect(screen.getByText(/drawn with seed 1/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Chapter’s weights/ }));
    expect(text('lg-f')).toBe('0.8022');
  });

  test('editing the inputs recomputes; nonsense inputs are explained and the last good ones kept', () => {
    render(<LstmGates />);
    fireEvent.change(screen.getByTestId('lg-xs'), { target: { value: '0, 2' } });
    expect(text('lg-step')).toContain('of 2: x1 = 0');
    // z_f = 0.5 · 0.2 + 0.3 · 0 + 1 = 1.1, σ(1.1) = 0.7503
    expect(text('lg-f')).toBe('0.7503');
    fireEvent.change(screen.getByTestId('lg-xs'), { target: { value: '0, 2, abc' } });
    expect(screen.getByText(/Input 3, “abc”, is not a number/)).toBeTruthy();
    fireEvent.change(screen.getByTestId('lg-xs'), { target: { value: '1, 99' } });
    expect(screen.getByText(/Input 2 is 99; inputs must lie between -5 and 5/)).toBeTruthy();
    expect(text('lg-step')).toContain('of 2: x1 = 0');
  });

  test('a link opens the same step; nonsense in the link falls back with a notice', () => {
    window.history.replaceState(null, '', '/chapters/recurrent-networks/?lg.xs=1,-1,0.5&lg.t=3&lg.seed=7&lg.h0=NaN');
    render(<LstmGates />);
    const s = runLstm([1, -1, 0.5], 0.2, 0.5, weightsForSeed(7))[2];
    expect(text('lg-h')).toBe(s.h.toFixed(4));
    expect(screen.getByText(/“h0=NaN” is not a number/)).toBeTruthy();
  });
});
