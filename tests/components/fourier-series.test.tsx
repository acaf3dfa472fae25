// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import FourierSeriesWidget from '@/components/widgets/fourier-series/Widget';

const text = (id: string) => screen.getByTestId(id).textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/chapters/convolution/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('FourierSeriesWidget', () => {
  test('opens on N = 5 with the overshoot measured, and the theorem at N = 8 exact', () => {
    render(<FourierSeriesWidget />);
    expect(Number(text('fs-peak').split(' ')[0])).toBeGreaterThan(2.15);
    expect(text('fs-difference')).toMatch(/\(rounding only\): N = 8 ≥ 3 \+ 4 − 1 = 6/);
  });

  test('the slider sets N; with 199 harmonics the peak is 2.179 and S_N(0) ≈ 2', () => {
    render(<FourierSeriesWidget />);
    fireEvent.change(screen.getByRole('slider', { name: /Harmonics N/ }), { target: { value: '199' } });
    expect(text('fs-peak')).toBe('2.179 at t = 0.0495');
    expect(text('fs-zero')).toMatch(/^(1\.99\d\d|2) /);
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toBe('?fs.n=199');
  });

  test('N = 4 shows the circular wrap: (36, 34, 28, 34), difference 32', () => {
    render(<FourierSeriesWidget />);
    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    const cells = Array.from(screen.getByTestId('fs-table').querySelectorAll('tbody tr')).slice(0, 4).map((tr) => tr.children[3].textContent);
    expect(cells).toEqual(['36', '34', '28', '34']);
    expect(text('fs-difference')).toMatch(/: 32\. N = 4 is less than 3 \+ 4 − 1 = 6/);
  });

  test('opens the exact demo a link describes, and nonsense gets notices', () => {
    window.history.replaceState(null, '', '/chapters/convolution/?fs.n=0&fs.size=6&fs.a=1,1&fs.b=1,1');
    render(<FourierSeriesWidget />);
    expect(screen.getByText(/“n=0” is below the minimum 1/)).toBeTruthy();
    expect(screen.getByText(/“size=6” is not one of 4, 8, 16, 32/)).toBeTruthy();
    const cells = Array.from(screen.getByTestId('fs-table').querySelectorAll('tbody tr')).slice(0, 3).map((tr) => tr.children[4].textContent);
    expect(cells).toEqual(['1', '2', '1']);
  });
});
