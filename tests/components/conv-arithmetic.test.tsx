// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import ConvArithmetic from '@/components/widgets/conv-arithmetic/Widget';

const size = () => screen.getByTestId('output-size').textContent;
const field = (id: string) => screen.getByTestId(id) as HTMLInputElement;

function open(search = '') {
  window.history.replaceState(null, '', `/chapters/convolution-arithmetic/${search}`);
  return render(<ConvArithmetic />);
}

/** Lets the coalesced URL write happen. */
function flushUrl() {
  act(() => {
    vi.advanceTimersByTime(300);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ConvArithmetic', () => {
  test('opens on 5 × 5 with a 3 × 3 kernel: output 3 × 3, 3·3·3·2 + 2 = 56 parameters', () => {
    open();
    expect(size()).toBe('3 × 3');
    expect(screen.getByTestId('arith-params').textContent).toContain('56');
    expect(screen.getByTestId('arith-volume').textContent).toContain('3×3×2');
  });

  test('reads the contract link ?arith.i=7&arith.k=3&arith.p=1&arith.s=2 → 4 × 4', () => {
    open('?arith.i=7&arith.k=3&arith.p=1&arith.s=2');
    expect(size()).toBe('4 × 4');
    expect(field('arith-i').value).toBe('7');
    expect(field('arith-s').value).toBe('2');
  });

  test('column values in the link turn on separate axes: ?arith.i=7&arith.i2=9&arith.k=3 → 5 × 7', () => {
    open('?arith.i=7&arith.i2=9&arith.k=3&arith.k2=3');
    expect(size()).toBe('5 × 7');
    expect(field('arith-i2').value).toBe('9');
  });

  test('typing a stride writes the URL and updates the size; stride 0 is explained', () => {
    open();
    fireEvent.change(field('arith-s'), { target: { value: '2' } });
    expect(size()).toBe('2 × 2');
    flushUrl();
    expect(window.location.search).toBe('?arith.s=2');
    fireEvent.change(field('arith-s'), { target: { value: '0' } });
    expect(screen.queryByTestId('output-size')).toBeNull();
    expect(screen.getByTestId('output-error').textContent).toContain('Stride 0 never moves the window');
    expect(field('arith-s').getAttribute('aria-invalid')).toBe('true');
  });

  test('arrow keys step a field', () => {
    open();
    fireEvent.keyDown(field('arith-p'), { key: 'ArrowUp' });
    expect(field('arith-p').value).toBe('1');
    expect(size()).toBe('5 × 5');
  });

  test('text that is not a number is named and not used', () => {
    open();
    fireEvent.change(field('arith-k'), { target: { value: 'abc' } });
    expect(screen.getByRole('alert').textContent).toBe('“abc” is not a whole number; 3 is still used.');
    expect(size()).toBe('3 × 3');
  });

  test('a kernel larger than the padded input, from a link, is explained', () => {
    open('?arith.i=3&arith.k=5');
    expect(screen.getByTestId('output-error').textContent).toContain('The kernel (k = 5) is larger than the padded input, i + 2p = 3 + 2·0 = 3');
  });

  test('nonsense in the link falls back with a notice, never NaN', () => {
    open('?arith.i=abc&arith.mode=banana');
    expect(size()).toBe('3 × 3');
    expect(screen.getByText(/“i=abc” is not a number/)).toBeTruthy();
    expect(screen.getByText(/“mode=banana” is not one of conv, pool/)).toBeTruthy();
  });

  test('padding presets: same keeps 5 × 5, full gives 7 × 7', () => {
    open();
    fireEvent.click(screen.getByRole('button', { name: 'Same (half)' }));
    expect(size()).toBe('5 × 5');
    fireEvent.click(screen.getByRole('button', { name: 'Full' }));
    expect(size()).toBe('7 × 7');
  });

  test('worked example “padding 1, stride (3, 2)” gives [[0, 8], [6, 8]] and stepping shows each window', () => {
    open();
    fireEvent.change(screen.getByRole('combobox', { name: /Worked example/ }), { target: { value: 'stride' } });
    expect(size()).toBe('2 × 2');
    const output = screen.getByRole('img', { name: /^Output, 2 by 2/ });
    expect(Array.from(output.querySelectorAll('text')).map((t) => t.textContent)).toEqual(['0', '8', '6', '8']);
    expect(screen.getByTestId('arith-working').textContent).toBe('Output (2, 2): 7·0 + 8·1 + 0·2 + 0·3 = 8');
    fireEvent.click(screen.getByRole('button', { name: '← Step back' }));
    expect(screen.getByTestId('arith-working').textContent).toBe('Output (2, 1): 0·0 + 6·1 + 0·2 + 0·3 = 6');
    fireEvent.change(screen.getByRole('slider'), { target: { value: '1' } });
    expect(screen.getByTestId('arith-working').textContent).toBe('Output (1, 1): 0·0 + 0·1 + 0·2 + 0·3 = 0');
  });

  test('Play steps through the windows in time', () => {
    open('?arith.ex=valid&arith.i=3&arith.k=2');
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByTestId('arith-working').textContent).toBe('Output (1, 1): 0·0 + 1·1 + 3·2 + 4·3 = 19');
    for (const expected of ['= 25', '= 37', '= 43']) {
      act(() => {
        vi.advanceTimersByTime(750);
      });
      expect(screen.getByTestId('arith-working').textContent).toContain(expected);
    }
    // At the last window it stops by itself.
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  test('pooling: max-pool example gives [[4, 5], [7, 8]], with no parameters', () => {
    open();
    fireEvent.change(screen.getByRole('combobox', { name: /Worked example/ }), { target: { value: 'maxpool' } });
    const output = screen.getByRole('img', { name: /^Output, 2 by 2/ });
    expect(Array.from(output.querySelectorAll('text')).map((t) => t.textContent)).toEqual(['4', '5', '7', '8']);
    expect(screen.getByTestId('arith-params').textContent).toContain('0 (pooling has no weights)');
  });

  test('exercise mode: a seeded question, checked with the explanation', () => {
    open('?arith.quiz=1&arith.q=3');
    const panel = screen.getByTestId('arith-exercise');
    expect(panel.textContent).toContain('Exercise 3');
    fireEvent.change(screen.getByRole('textbox', { name: /Output size o/ }), { target: { value: '-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByTestId('arith-exercise-result').textContent).toMatch(/^✗ Not -1: o = \d+\./);
  });
});
