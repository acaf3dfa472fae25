// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import GradientFlow from '@/components/widgets/gradient-flow/Widget';

// No Worker in jsdom: the widget computes the run on the main thread right after rendering.
const settings = () => screen.getByTestId('gf-result').getAttribute('data-settings');
const text = (id: string) => screen.getByTestId(id).textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/chapters/unstable-gradients/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('GradientFlow', () => {
  test('opens on sigmoid with N(0, 1) weights, seed 1: saturated, the error vanishes, ratio 0.434 against the table’s 0.286', () => {
    render(<GradientFlow />);
    expect(settings()).toBe('sigmoid|normal|1');
    expect(text('gf-verdict')).toMatch(/^Vanishing\. 55 % of layer 1's units are flat/);
    expect(text('gf-ratio')).toBe('0.434');
    expect(screen.getByText(/chapter's table: 0.286/)).toBeTruthy();
    expect(text('gf-var10')).toBe('22.9');
    // Ten histograms and a ten-row table.
    expect(screen.getAllByRole('img', { name: /^Histogram of the activations of layer/ })).toHaveLength(10);
    expect(screen.getByTestId('gf-table').querySelectorAll('tbody tr')).toHaveLength(10);
  });

  test('choosing tanh and Glorot recomputes (ratio 0.298) and writes ?gf.act=tanh&gf.init=glorot', () => {
    render(<GradientFlow />);
    fireEvent.change(screen.getByRole('combobox', { name: /Activation/ }), { target: { value: 'tanh' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Glorot' }));
    expect(settings()).toBe('tanh|glorot|1');
    expect(text('gf-ratio')).toBe('0.298');
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(window.location.search).toBe('?gf.act=tanh&gf.init=glorot');
  });

  test('Next seed draws seed 2; a seed of 0 typed in is refused in words and seed 2 stays', () => {
    render(<GradientFlow />);
    fireEvent.click(screen.getByRole('button', { name: 'Next seed' }));
    expect(settings()).toBe('sigmoid|normal|2');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Seed' }), { target: { value: '0' } });
    expect(screen.getByRole('alert').textContent).toContain('A seed is a whole number from 1 to 999,999; seed 2 is still in use.');
    expect(settings()).toBe('sigmoid|normal|2');
  });

  test('nonsense in the link falls back to the defaults with a notice for each value', () => {
    window.history.replaceState(null, '', '/chapters/unstable-gradients/?gf.act=banana&gf.seed=-4');
    render(<GradientFlow />);
    expect(settings()).toBe('sigmoid|normal|1');
    expect(screen.getByText(/“act=banana” is not one of sigmoid, tanh, relu, leaky-relu, elu/)).toBeTruthy();
    expect(screen.getByText(/“seed=-4” is below the minimum 1/)).toBeTruthy();
  });
});
