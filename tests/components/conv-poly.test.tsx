// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import ConvPolyWidget from '@/components/widgets/conv-poly/Widget';

/** The MathML annotation KaTeX writes holds the TeX source: a stable thing to compare. */
const tex = (id: string) => Array.from(screen.getByTestId(id).querySelectorAll('annotation')).map((a) => a.textContent).join(' | ');
const text = (id: string) => screen.getByTestId(id).textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/chapters/convolution/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ConvPolyWidget', () => {
  test('opens on the chapter’s product: δ₃ = 1·7 + 2·6 + 3·5 = 34, and δ = [4, 13, 28, 34, 32, 21]', () => {
    render(<ConvPolyWidget />);
    expect(tex('cp-sum')).toContain('= 1 \\cdot 7 + 2 \\cdot 6 + 3 \\cdot 5 = 34');
    expect(text('cp-delta')).toBe('δ0 = 4δ1 = 13δ2 = 28δ3 = 34δ4 = 32δ5 = 21');
    expect(tex('cp-polynomial')).toContain('4 + 13t + 28t^{2} + 34t^{3} + 32t^{4} + 21t^{5}');
    expect(text('cp-check')).toContain('p(1)·s(1) = 6 · 22 = 132');
    expect(text('cp-shape')).toMatch(/^T\(α\) is 6 × 4/);
  });

  test('picking δ₁ and the β-matrix orientation shows row 1 of the 6 × 3 T(β)', () => {
    render(<ConvPolyWidget />);
    fireEvent.click(screen.getByRole('button', { name: /δ1 = 13/ }));
    expect(tex('cp-sum')).toContain('= 1 \\cdot 5 + 2 \\cdot 4 = 13');
    fireEvent.click(screen.getByRole('radio', { name: /β, times α/ }));
    expect(text('cp-shape')).toMatch(/^T\(β\) is 6 × 3/);
    expect(tex('cp-matrix')).toContain('\\mathbf{5} & \\mathbf{4} & \\mathbf{0}');
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toBe('?cp.matrix=beta&cp.j=1');
  });

  test('typing new coefficients recomputes; a typo is explained', () => {
    render(<ConvPolyWidget />);
    fireEvent.change(screen.getByTestId('cp-alpha'), { target: { value: '1, 1' } });
    fireEvent.change(screen.getByTestId('cp-beta'), { target: { value: '1, -1, 1' } });
    expect(tex('cp-polynomial')).toContain('= 1 + t^{3}');
    fireEvent.change(screen.getByTestId('cp-beta'), { target: { value: '1, , x' } });
    expect(screen.getByRole('alert').textContent).toBe('Entry 2 of the second list, “x”, is not a number.');
  });

  test('opens the exact demo a link describes', () => {
    window.history.replaceState(null, '', '/chapters/convolution/?cp.a=2,-1&cp.b=3,1&cp.j=1');
    render(<ConvPolyWidget />);
    // (2 − t)(3 + t) = 6 − t − t²: δ₁ = 2·1 + (−1)·3 = −1
    expect(tex('cp-sum')).toContain('= 2 \\cdot 1 + (-1) \\cdot 3 = -1');
    expect(tex('cp-polynomial')).toContain('= 6 - t - t^{2}');
  });

  test('nonsense in the link falls back to the defaults with notices', () => {
    window.history.replaceState(null, '', '/chapters/convolution/?cp.a=&cp.b=1,2,3,4,5,6,7,8,9&cp.matrix=gamma');
    render(<ConvPolyWidget />);
    expect(screen.getByText(/“a=” has 0 values; at least 1 are needed/)).toBeTruthy();
    expect(screen.getByText(/“b=1,2,3,4,5,6,7,8,9” has 9 values; at most 8 are allowed/)).toBeTruthy();
    expect(screen.getByText(/“matrix=gamma” is not one of alpha, beta/)).toBeTruthy();
    expect(tex('cp-sum')).toContain('= 34');
  });
});
