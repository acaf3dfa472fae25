// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import MatrixForward from '@/components/widgets/matrix-forward/Widget';

const text = (id: string) => screen.getByTestId(id).textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/chapters/multilayer-perceptron/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('MatrixForward', () => {
  test('opens on the chapter example with the sum behind z¹₂ on show', () => {
    render(<MatrixForward />);
    expect(text('mf-z1-1')).toBe('+0.75');
    expect(text('mf-z1-0')).toBe('0');
    expect(text('mf-z1-2')).toBe('−0.3');
    expect(text('mf-a2-0')).toBe('+0.5345');
    expect(text('mf-a2-1')).toBe('+0.5914');
    expect(text('mf-sum1')).toContain('z¹₂ = 0.5·1.0 + 0.3·0.5 + (−0.2)·(−1.0) + (−0.1) = 0.75');
    expect(text('mf-sum1')).toContain('a¹₂ = σ(0.75) = 0.6792');
  });

  test('focusing or hovering an output entry shows its row times the input column', () => {
    render(<MatrixForward />);
    fireEvent.focus(screen.getByTestId('mf-z2-0'));
    expect(text('mf-sum2')).toContain('z²₁ = 0.6·0.5 + (−0.5)·0.6792 + 0.3·0.4256 + 0.05 = 0.1381');
    expect(screen.queryByTestId('mf-sum1')).toBeNull();
    expect(screen.getByTestId('mf-w2-3').className).not.toMatch(/row/);
    expect(screen.getByTestId('mf-w2-0').className).toMatch(/row/);
    fireEvent.mouseEnter(screen.getByTestId('mf-z1-2'));
    expect(text('mf-sum1')).toContain('z¹₃ = (−0.3)·1.0 + 0.8·0.5 + 0.6·(−1.0) + 0.2 = −0.3');
  });

  test('arrow keys on a weight change it by 0.1 and the outputs follow', () => {
    render(<MatrixForward />);
    const w = screen.getByTestId('mf-w1-3'); // w¹₂₁ = 0.5
    fireEvent.keyDown(w, { key: 'ArrowUp' });
    expect(text('mf-w1-3')).toBe('+0.6');
    // z¹₂ = 0.6·1 + 0.15 + 0.2 − 0.1 = 0.85
    expect(text('mf-z1-1')).toBe('+0.85');
  });

  test('clicking an entry opens the editor; a typed value is used, nonsense is explained', () => {
    render(<MatrixForward />);
    fireEvent.click(screen.getByTestId('mf-x-0'));
    const editor = screen.getByTestId('mf-editor');
    fireEvent.change(editor, { target: { value: '2' } });
    // z¹₂ = 0.5·2 + 0.15 + 0.2 − 0.1 = 1.25
    expect(text('mf-z1-1')).toBe('+1.25');
    fireEvent.change(editor, { target: { value: '1e6' } });
    expect(screen.getByText(/x₁ must be between -10 and 10; 1e6 is ignored/)).toBeTruthy();
    expect(text('mf-z1-1')).toBe('+1.25');
  });

  test('the activation choice changes a = f(z): ReLU gives a¹ = (0, 0.75, 0)', () => {
    render(<MatrixForward />);
    fireEvent.change(screen.getByRole('combobox', { name: /Activation/ }), { target: { value: 'relu' } });
    expect(text('mf-a1-0')).toBe('0');
    expect(text('mf-a1-1')).toBe('+0.75');
    expect(text('mf-a1-2')).toBe('0');
  });

  test('Randomise draws seed 1 and writes everything to the URL; the link reopens the same numbers', () => {
    const { unmount } = render(<MatrixForward />);
    fireEvent.click(screen.getByRole('button', { name: 'Randomise' }));
    const z = [text('mf-z2-0'), text('mf-z2-1')];
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toContain('mf.seed=1');
    expect(window.location.search).toContain('mf.w1=');
    unmount();
    render(<MatrixForward />);
    expect([text('mf-z2-0'), text('mf-z2-1')]).toEqual(z);
  });

  test('nonsense in the link falls back to the defaults with a notice', () => {
    window.history.replaceState(null, '', '/chapters/multilayer-perceptron/?mf.x=1,2&mf.w1=a,b,c,d,e,f,g,h,i&mf.act=softmax&mf.b2=1e9,0');
    render(<MatrixForward />);
    expect(text('mf-z1-1')).toBe('+0.75');
    expect(screen.getByText(/“x=1,2” has 2 values; at least 3 are needed/)).toBeTruthy();
    expect(screen.getByText(/“w1=a,b,c,d,e,f,g,h,i” has an entry 1 that is not a number/)).toBeTruthy();
    expect(screen.getByText(/“act=softmax” is not one of/)).toBeTruthy();
    expect(screen.getByText(/“b2=1e9,0” has an entry 1 that is above the maximum 10/)).toBeTruthy();
  });
});
