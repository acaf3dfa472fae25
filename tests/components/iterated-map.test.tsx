// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import IteratedMap from '@/components/widgets/iterated-map/Widget';

const text = (id: string) => screen.getByTestId(id).textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/chapters/recurrent-networks/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('IteratedMap', () => {
  test('opens on f⁴ at x₀ = 0.01 with the chapter’s derivative 32.49', () => {
    render(<IteratedMap />);
    expect(text('im-n')).toBe('4');
    expect(text('im-derivative')).toBe('32.49');
    expect(text('im-verdict')).toMatch(/^Exploding/);
    expect(screen.getAllByRole('row')).toHaveLength(5);
    // The chapter's lead-in: the factors 3 − 6x_k along the orbit of 0.01.
    const factors = screen.getAllByRole('row').slice(1).map((r) => r.querySelectorAll('td')[2].textContent);
    expect(factors).toEqual(['2.94', '2.822', '2.481', '1.578']);
  });

  test('x₀ = 0 (Home) and n = 10 give 3¹⁰ = 59049', () => {
    render(<IteratedMap />);
    fireEvent.keyDown(screen.getByRole('slider', { name: /Starting point/ }), { key: 'Home' });
    fireEvent.change(screen.getByRole('slider', { name: /Compositions/ }), { target: { value: '10' } });
    expect(text('im-derivative')).toBe('59049');
  });

  test('the slider for n and the arrow keys on the point change the numbers, and the URL follows', () => {
    render(<IteratedMap />);
    fireEvent.change(screen.getByRole('slider', { name: /Compositions/ }), { target: { value: '8' } });
    expect(text('im-derivative')).toBe('7.237');
    const point = screen.getByRole('slider', { name: /Starting point/ });
    fireEvent.keyDown(point, { key: 'End' });
    expect(text('im-x')).toBe('1');
    fireEvent.keyDown(point, { key: 'PageDown' });
    fireEvent.keyDown(point, { key: 'ArrowLeft', shiftKey: true });
    fireEvent.keyDown(point, { key: 'ArrowDown' });
    fireEvent.keyDown(point, { key: 'ArrowDown' });
    fireEvent.keyDown(point, { key: 'ArrowDown' });
    fireEvent.keyDown(point, { key: 'ArrowDown' });
    fireEvent.keyDown(point, { key: 'ArrowDown' });
    // 1 − 0.1 − 0.1 − 5 · 0.01 = 0.75 … then back to 0.45 by typing
    expect(text('im-x')).toBe('0.75');
    fireEvent.change(screen.getByTestId('im-x-input'), { target: { value: '0.45' } });
    expect(text('im-derivative')).toBe('-0.1447');
    expect(text('im-verdict')).toMatch(/^Vanishing/);
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toBe('?im.n=8&im.x=0.45');
  });

  test('x₀ = 0.5 gives an exact zero, explained', () => {
    window.history.replaceState(null, '', '/chapters/recurrent-networks/?im.x=0.5');
    render(<IteratedMap />);
    expect(text('im-derivative')).toBe('0');
    expect(text('im-verdict')).toMatch(/passes through x = ½/);
  });

  test('nonsense in the link and in the box is explained, and the defaults stay', () => {
    window.history.replaceState(null, '', '/chapters/recurrent-networks/?im.n=11&im.x=abc');
    render(<IteratedMap />);
    expect(screen.getByText(/“n=11” is above the maximum 10/)).toBeTruthy();
    expect(screen.getByText(/“x=abc” is not a number/)).toBeTruthy();
    fireEvent.change(screen.getByTestId('im-x-input'), { target: { value: '1.5' } });
    expect(screen.getByText(/x₀ must be between 0 and 1; 1.5 is ignored/)).toBeTruthy();
    expect(text('im-x')).toBe('0.01');
  });
});
