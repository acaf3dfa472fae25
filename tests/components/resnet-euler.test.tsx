// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import ResnetEuler from '@/components/widgets/resnet-euler/Widget';

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/chapters/cnn/');
});

afterEach(() => {
  vi.useRealTimers();
});

const text = (id: string) => screen.getByTestId(id).textContent;

describe('ResnetEuler', () => {
  test('opens on the chapter’s example: 10 blocks of h = 0.1 give 0.3487 against 0.3679, error 0.0192', () => {
    render(<ResnetEuler />);
    expect(text('re-xn')).toBe('0.3487');
    expect(text('re-exact')).toBe('0.3679');
    expect(text('re-error')).toBe('0.0192');
    expect(text('re-paths')).toBe('210 = 1,024');
    fireEvent.change(screen.getByRole('slider', { name: /Depth/ }), { target: { value: '100' } });
    expect(text('re-paths')).toBe('2100 ≈ 1.27 × 1030');
  });

  test('sliders change depth and step; h = 0.01 with 100 blocks cuts the error to 0.00185', () => {
    render(<ResnetEuler />);
    fireEvent.change(screen.getByRole('slider', { name: /Depth/ }), { target: { value: '100' } });
    fireEvent.change(screen.getByRole('slider', { name: /Step h/ }), { target: { value: '0.01' } });
    expect(text('re-T')).toBe('1');
    expect(text('re-error')).toBe('0.00185');
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toBe('?re.n=100&re.h=0.01');
  });

  test('three blocks list the 8 paths, and the path contributions sum to (1 − h)³ = 0.729', () => {
    window.history.replaceState(null, '', '/chapters/cnn/?re.n=3');
    render(<ResnetEuler />);
    expect(screen.getByRole('list', { name: 'All 8 paths through 3 blocks' }).children).toHaveLength(8);
    expect(text('re-paths')).toBe('23 = 8');
    expect(text('re-path-sum')).toBe('0.729');
  });

  test('h = 2.5 is explained as unstable; with 40 blocks it blows up and offers a way back', () => {
    window.history.replaceState(null, '', '/chapters/cnn/?re.h=2.5&re.n=2');
    const { unmount } = render(<ResnetEuler />);
    expect(text('re-xn')).toBe('2.25');
    expect(text('re-unstable')).toMatch(/\|1 − h\| = 1\.5 is not below 1: the iteration grows and flips sign/);
    unmount();
    window.history.replaceState(null, '', '/chapters/cnn/?re.h=2.5&re.n=40');
    render(<ResnetEuler />);
    expect(text('re-diverged')).toMatch(/^The blocks blow up/);
    fireEvent.click(screen.getByRole('button', { name: 'Back to h = 0.1' }));
    expect(text('re-error')).toBe('0.0192');
  });

  test('the rotation: Euler spirals out by √(1 + h²) per block', () => {
    render(<ResnetEuler />);
    fireEvent.change(screen.getByRole('combobox', { name: /Right-hand side/ }), { target: { value: 'rotation' } });
    expect(text('re-unstable')).toMatch(/√\(1 \+ h²\) = 1\.005/);
    // 10 steps of 0.1: radius 1.01^5 = 1.051, the exact point (cos 1, sin 1)
    expect(text('re-exact')).toBe('(0.5403, 0.8415)');
  });

  test('a typed h of 0 or garbage is explained and not used', () => {
    render(<ResnetEuler />);
    const field = screen.getByRole('spinbutton', { name: /h =/ });
    fireEvent.change(field, { target: { value: '0' } });
    expect(screen.getByText(/h must be positive/)).toBeTruthy();
    expect(text('re-error')).toBe('0.0192');
    fireEvent.change(field, { target: { value: '0.05' } });
    expect(text('re-T')).toBe('0.5');
  });

  test('nonsense in the link falls back to the defaults with a notice', () => {
    window.history.replaceState(null, '', '/chapters/cnn/?re.h=1e6&re.n=0&re.F=tan');
    render(<ResnetEuler />);
    expect(screen.getByText(/“h=1e6” is above the maximum 3/)).toBeTruthy();
    expect(screen.getByText(/“n=0” is below the minimum 1/)).toBeTruthy();
    expect(screen.getByText(/“F=tan” is not one of decay, rotation, sine/)).toBeTruthy();
    expect(text('re-error')).toBe('0.0192');
  });
});
