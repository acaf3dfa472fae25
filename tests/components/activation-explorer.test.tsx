// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import ActivationExplorer from '@/components/widgets/activation-explorer/Widget';

const readout = (id: string) => screen.getByTestId(id).firstChild?.textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/chapters/neurons/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ActivationExplorer', () => {
  test('opens on the sigmoid at x = 1 with σ(1) and σ′(1)', () => {
    render(<ActivationExplorer />);
    expect(readout('act-x')).toBe('1');
    expect(readout('act-fx')).toBe('0.7311');
    expect(readout('act-dfx')).toBe('0.1966');
  });

  test('the point moves with the arrow keys (0.1, or 1 with Shift) and End', () => {
    render(<ActivationExplorer />);
    const point = screen.getByRole('slider', { name: /Point on the curve/ });
    fireEvent.keyDown(point, { key: 'ArrowRight' });
    expect(readout('act-x')).toBe('1.1');
    fireEvent.keyDown(point, { key: 'ArrowLeft', shiftKey: true });
    expect(readout('act-x')).toBe('0.1');
    fireEvent.keyDown(point, { key: 'End' });
    expect(readout('act-x')).toBe('6');
    // σ′(6) = σ(6)(1 − σ(6)) = 0.99753 · 0.0024726 = 0.0024665: deep in the saturated region.
    expect(readout('act-dfx')).toBe('0.002467');
    expect(screen.getByText(/^Saturated: a gradient/)).toBeTruthy();
  });

  test('choosing tanh shows tanh(1) and 1 − tanh²(1)', () => {
    render(<ActivationExplorer />);
    fireEvent.change(screen.getByRole('combobox', { name: /Function/ }), { target: { value: 'tanh' } });
    expect(readout('act-fx')).toBe('0.7616');
    expect(readout('act-dfx')).toBe('0.42');
  });

  test('writes its state to the URL with replaceState, leaving defaults out', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    render(<ActivationExplorer />);
    fireEvent.change(screen.getByRole('combobox', { name: /Function/ }), { target: { value: 'relu' } });
    act(() => vi.advanceTimersByTime(500));
    expect(replace).toHaveBeenCalled();
    expect(window.location.search).toBe('?act.fn=relu');
    expect(window.history.length).toBe(1);
  });

  test('opens the exact demo a link describes', () => {
    window.history.replaceState(null, '', '/chapters/neurons/?act.fn=elu&act.x=-1&act.eluAlpha=2');
    render(<ActivationExplorer />);
    // ELU with α = 2 at x = −1: 2(e^−1 − 1) = −1.264, slope 2e^−1 = 0.7358.
    expect(readout('act-fx')).toBe('-1.264');
    expect(readout('act-dfx')).toBe('0.7358');
  });

  test('nonsense in the link falls back to the defaults with a notice', () => {
    window.history.replaceState(null, '', '/chapters/neurons/?act.fn=softplus&act.x=NaN');
    render(<ActivationExplorer />);
    expect(readout('act-x')).toBe('1');
    expect(screen.getByText(/“fn=softplus” is not one of/)).toBeTruthy();
    expect(screen.getByText(/“x=NaN” is not a number/)).toBeTruthy();
  });
});
