// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import Conv1dWidget from '@/components/widgets/conv-1d/Widget';

const text = (id: string) => screen.getByTestId(id).textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/chapters/convolution/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Conv1dWidget', () => {
  test('opens on the chapter’s moving average at position 1: y(1) = 1·0.5 + 4·0.5 = 2.5', () => {
    render(<Conv1dWidget />);
    expect(text('c1-sum-line')).toBe('y(1) = 1·0.5 + 4·0.5 = 2.5');
    expect(text('c1-running')).toMatch(/^Running sum: 0.5 → 2.5/);
    expect(text('c1-output')).toBe('y = (0.5, 2.5, ·, ·, ·)');
  });

  test('Step and the position slider move the kernel; the output builds up', () => {
    render(<Conv1dWidget />);
    fireEvent.click(screen.getByRole('button', { name: /Step ▶/ }));
    expect(text('c1-sum')).toBe('3');
    fireEvent.change(screen.getByRole('slider', { name: /Position t/ }), { target: { value: '4' } });
    expect(text('c1-output')).toBe('y = (0.5, 2.5, 3, 5, 4)');
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toBe('?c1.t=4');
  });

  test('Play steps through every position and stops at the end', () => {
    render(<Conv1dWidget />);
    fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    for (let k = 0; k < 4; k++) act(() => vi.advanceTimersByTime(1000));
    expect(text('c1-output')).toBe('y = (0.5, 2.5, 3, 5, 4)');
    expect(screen.getByRole('button', { name: /Play/ })).toBeTruthy();
  });

  test('the difference kernel: convolution gives 3, cross-correlation −3 at position 1', () => {
    render(<Conv1dWidget />);
    fireEvent.change(screen.getByRole('combobox', { name: /Kernel preset/ }), { target: { value: 'difference' } });
    fireEvent.click(screen.getByRole('button', { name: /Step ▶/ }));
    expect(text('c1-sum-line')).toBe('y(1) = 1·(−1) + 4·1 = 3');
    fireEvent.click(screen.getByRole('radio', { name: /cross-correlation/ }));
    expect(text('c1-sum-line')).toBe('c(0) = 1·1 + 4·(−1) = −3');
  });

  test('a signal bar responds to the arrow keys', () => {
    render(<Conv1dWidget />);
    const bar = screen.getByRole('slider', { name: 'x(1)' });
    fireEvent.keyDown(bar, { key: 'ArrowUp' });
    // x(1) = 5: y(1) = 1·0.5 + 5·0.5 = 3
    expect(text('c1-sum')).toBe('3');
    fireEvent.keyDown(screen.getByRole('slider', { name: 'w(0)' }), { key: 'ArrowUp', shiftKey: true });
    // w(0) = 0.6: y(1) = 1·0.5 + 5·0.6 = 3.5
    expect(text('c1-sum')).toBe('3.5');
  });

  test('typing a list applies it; a typo is explained and changes nothing', () => {
    render(<Conv1dWidget />);
    fireEvent.change(screen.getByTestId('c1-kernel'), { target: { value: '1, -2, 1' } });
    expect(text('c1-output')).toBe('y = (1, 2, ·, ·, ·, ·)');
    fireEvent.change(screen.getByTestId('c1-kernel'), { target: { value: '1, two' } });
    expect(screen.getByRole('alert').textContent).toBe('Entry 2 of the kernel, “two”, is not a number.');
    expect(text('c1-output')).toBe('y = (1, 2, ·, ·, ·, ·)');
  });

  test('opens the exact demo a link describes', () => {
    window.history.replaceState(null, '', '/chapters/convolution/?c1.ker=1,-1&c1.mode=cross&c1.t=3');
    render(<Conv1dWidget />);
    expect(text('c1-sum-line')).toBe('c(2) = 2·1 + 8·(−1) = −6');
  });

  test('nonsense in the link falls back to the defaults with notices', () => {
    window.history.replaceState(null, '', '/chapters/convolution/?c1.sig=1,abc&c1.mode=flip&c1.t=-3');
    render(<Conv1dWidget />);
    expect(screen.getByText(/“sig=1,abc” has an entry 2 that is not a number/)).toBeTruthy();
    expect(screen.getByText(/“mode=flip” is not one of conv, cross/)).toBeTruthy();
    expect(screen.getByText(/“t=-3” is below the minimum 0/)).toBeTruthy();
    expect(text('c1-sum')).toBe('2.5');
  });
});
