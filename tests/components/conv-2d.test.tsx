// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import Conv2dWidget from '@/components/widgets/conv-2d/Widget';

const text = (id: string) => screen.getByTestId(id).textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/chapters/convolution/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Conv2dWidget', () => {
  test('opens on the chapter’s 3 × 3 ⋆ 2 × 2 example: S(0, 0) = 19 and the 4 × 9 W′', () => {
    render(<Conv2dWidget />);
    expect(text('c2-out-size')).toBe('2 × 2');
    expect(text('c2-products')).toBe('0·0 + 1·1 + 3·2 + 4·3');
    expect(text('c2-sum')).toBe('19');
    expect(text('c2-im2col-summary')).toMatch(/W′ is 4 × 9/);
    expect(text('c2-im2col-diff')).toBe('0');
  });

  test('arrow keys on the feature map select S(1, 1) = 43 and write it to the URL', () => {
    render(<Conv2dWidget />);
    const out = screen.getByTestId('c2-output');
    fireEvent.keyDown(out, { key: 'ArrowRight' });
    fireEvent.keyDown(out, { key: 'ArrowDown' });
    expect(text('c2-products')).toBe('4·0 + 5·1 + 7·2 + 8·3');
    expect(text('c2-sum')).toBe('43');
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toBe('?c2.or=1&c2.oc=1');
  });

  test('the convolution toggle rotates the kernel: S(0, 0) = 5', () => {
    render(<Conv2dWidget />);
    fireEvent.click(screen.getByRole('radio', { name: /convolution ∗/ }));
    expect(text('c2-sum')).toBe('5');
  });

  test('padding 1 gives the 4 × 4 map, and stride 0 is explained instead of computed', () => {
    render(<Conv2dWidget />);
    fireEvent.change(screen.getByRole('spinbutton', { name: /Padding p/ }), { target: { value: '1' } });
    expect(text('c2-out-size')).toBe('4 × 4');
    expect(text('c2-sum')).toBe('0');
    fireEvent.change(screen.getByRole('spinbutton', { name: /Stride s/ }), { target: { value: '0' } });
    expect(text('c2-error')).toMatch(/Stride 0 would never move the window/);
  });

  test('editing a kernel entry makes it the reader’s kernel and recomputes', () => {
    render(<Conv2dWidget />);
    fireEvent.change(screen.getByTestId('c2-k-0-0'), { target: { value: '10' } });
    // 0·10 + 1·1 + 3·2 + 4·3 = 19 still (I(0,0) = 0); S(0,0) unchanged, S(0,1) = 1·10 + 2 + 8 + 15 = 35.
    expect(text('c2-sum')).toBe('19');
    fireEvent.keyDown(screen.getByTestId('c2-output'), { key: 'ArrowRight' });
    expect(text('c2-sum')).toBe('35');
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toContain('c2.ker=custom');
    expect(window.location.search).toContain('c2.kv=10%2C1%2C2%2C3');
  });

  test('the keyboard edits the input: + raises the cursor cell by 1', () => {
    render(<Conv2dWidget />);
    const input = screen.getByTestId('c2-input');
    fireEvent.keyDown(input, { key: '+' });
    // I(0,0) becomes 1, which meets K(0,0) = 0: S(0,0) stays 19. Move to I(1,1) = 4 → 5: S(0,0) = 22.
    fireEvent.keyDown(input, { key: 'ArrowRight' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: '+' });
    expect(text('c2-sum')).toBe('22');
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toContain('c2.img=drawn');
  });

  test('a kernel larger than the padded input is explained', () => {
    window.history.replaceState(null, '', '/chapters/convolution/?c2.ker=custom&c2.kh=5&c2.kw=5&c2.kv=' + Array(25).fill(1).join(','));
    render(<Conv2dWidget />);
    expect(text('c2-error')).toBe(
      'The kernel has 5 rows, but the padded input has only 3 + 2·0 = 3: there is no position where the kernel fits. Add padding, or use a smaller kernel or dilation.',
    );
  });

  test('opens the exact demo a link describes: the 5 × 5 X with the diagonal kernel', () => {
    window.history.replaceState(null, '', '/chapters/convolution/?c2.img=x5&c2.ker=diagonal&c2.or=0&c2.oc=1');
    render(<Conv2dWidget />);
    expect(text('c2-out-size')).toBe('3 × 3');
    expect(text('c2-sum')).toBe('−3');
  });

  test('nonsense in the link falls back to the defaults with notices', () => {
    window.history.replaceState(null, '', '/chapters/convolution/?c2.s=NaN&c2.img=cat&c2.p=99&c2.kv=1,x');
    render(<Conv2dWidget />);
    expect(screen.getByText(/“s=NaN” is not a number/)).toBeTruthy();
    expect(screen.getByText(/“img=cat” is not one of/)).toBeTruthy();
    expect(screen.getByText(/“p=99” is above the maximum 8/)).toBeTruthy();
    expect(text('c2-sum')).toBe('19');
  });

  test('a drawing of the wrong length gets a specific message', () => {
    window.history.replaceState(null, '', '/chapters/convolution/?c2.img=drawn&c2.dr=3&c2.dc=3&c2.cells=1,2');
    render(<Conv2dWidget />);
    expect(screen.getByText(/The drawing in the link has 2 values, but a 3 × 3 drawing needs 9/)).toBeTruthy();
  });
});

test('choosing “Your drawing” starts from an empty 8 × 8 canvas, with no notice', () => {
  render(<Conv2dWidget />);
  fireEvent.change(screen.getByRole('combobox', { name: /Image/ }), { target: { value: 'drawn' } });
  expect(screen.getByTestId('c2-out-size').textContent).toBe('7 × 7');
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByTestId('c2-sum').textContent).toBe('0');
});
