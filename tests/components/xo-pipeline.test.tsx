// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import XoPipeline from '@/components/widgets/xo-pipeline/Widget';

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/chapters/cnn/');
});

afterEach(() => {
  vi.useRealTimers();
});

const grid = (stage: string) => screen.getByTestId(`xo-map-${stage}`);
const cell = (stage: string, r: number, c: number) => within(grid(stage)).getByRole('gridcell', { name: new RegExp(`^row ${r}, column ${c}:`) });

describe('XoPipeline', () => {
  test('opens on the X with the falling diagonal: top-left 7, 7/9 = 0.778, printed 0.77', () => {
    render(<XoPipeline />);
    expect(screen.getByTestId('xo-sum').textContent).toBe('7');
    expect(screen.getByTestId('xo-value').textContent).toBe('0.778');
    expect(cell('conv', 1, 1).textContent).toBe('0.77');
    expect(cell('conv', 1, 2).textContent).toBe('-0.11');
    expect(cell('relu', 1, 2).textContent).toBe('0.00');
    expect(within(grid('pool')).getAllByRole('gridcell')).toHaveLength(16);
  });

  test('clicking a feature-map cell shows its window and sum of products', () => {
    render(<XoPipeline />);
    fireEvent.click(cell('conv', 4, 4));
    // centre of the falling diagonal: 5/9 = 0.556, printed 0.55
    expect(screen.getByTestId('xo-sum').textContent).toBe('5');
    expect(screen.getByTestId('xo-value').textContent).toBe('0.556');
    expect(cell('conv', 4, 4).getAttribute('aria-selected')).toBe('true');
  });

  test('arrow keys move the selection; pool cells show the max of their window', () => {
    render(<XoPipeline />);
    const first = cell('pool', 1, 1);
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    // pool (1, 2) in ninths is 3: max of the ReLU window rows 1–2, columns 3–4
    expect(screen.getByTestId('xo-value').textContent).toBe('0.33');
    fireEvent.keyDown(cell('pool', 1, 2), { key: 'End' });
    fireEvent.keyDown(cell('pool', 1, 4), { key: 'PageDown' });
    // the partial corner window holds one cell, 7/9
    expect(screen.getByTestId('xo-value').textContent).toBe('0.77');
    expect(screen.getByText(/holds only 1 cell/)).toBeTruthy();
  });

  test('ninths, another filter and the O are written to the URL', () => {
    render(<XoPipeline />);
    fireEvent.click(screen.getByRole('radio', { name: 'in ninths' }));
    fireEvent.click(screen.getByRole('radio', { name: /small X/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'O' }));
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toBe('?xo.img=o&xo.f=1&xo.fmt=ninths');
  });

  test('opens the exact demo a link describes', () => {
    window.history.replaceState(null, '', '/chapters/cnn/?xo.f=1&xo.stage=conv&xo.r=3&xo.c=3&xo.fmt=ninths');
    render(<XoPipeline />);
    expect(screen.getByTestId('xo-sum').textContent).toBe('9');
    expect(cell('conv', 4, 4).textContent).toBe('1');
  });

  test('dropping the partial windows gives a 3×3 pool; a link to a cell outside it is explained', () => {
    window.history.replaceState(null, '', '/chapters/cnn/?xo.partial=0&xo.stage=pool&xo.r=3&xo.c=3');
    render(<XoPipeline />);
    expect(within(grid('pool')).getAllByRole('gridcell')).toHaveLength(9);
    expect(screen.getByText(/outside the 3×3 pool map/)).toBeTruthy();
    expect(screen.getByTestId('xo-value').textContent).toBe('1.00');
  });

  test('nonsense in the link falls back to the defaults with a notice', () => {
    window.history.replaceState(null, '', '/chapters/cnn/?xo.f=7&xo.img=%3Cb%3E&xo.r=NaN');
    render(<XoPipeline />);
    expect(screen.getByText(/“f=7” is above the maximum 2/)).toBeTruthy();
    expect(screen.getByText(/“img=<b>” is not one of x, o/)).toBeTruthy();
    expect(screen.getByText(/“r=NaN” is not a number/)).toBeTruthy();
    expect(screen.getByTestId('xo-sum').textContent).toBe('7');
  });
});
