// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import UniversalApproximator from '@/components/widgets/universal-approximator/Widget';

// jsdom has no Worker, so training runs in the page a slice at a time on (fake) timers. One test
// replaces the trainer with one that reports a diverged run, to check how the widget says so.
const fake = vi.hoisted(() => ({ diverge: false }));
vi.mock('@/components/widgets/universal-approximator/trainer', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/components/widgets/universal-approximator/trainer')>();
  return {
    startJob: ((job, onReply) => {
      if (!fake.diverge) return actual.startJob(job, onReply);
      const timer = setTimeout(() => onReply({ type: 'failed', message: 'Training diverged at step 40: the error is no longer a finite number.' }), 0);
      return { pause: () => undefined, resume: () => undefined, stop: () => clearTimeout(timer) };
    }) satisfies typeof actual.startJob,
  };
});

const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const query = () => decodeURIComponent(window.location.search);
const flushUrl = () => act(() => vi.advanceTimersByTime(300));

beforeEach(() => {
  vi.useFakeTimers();
  fake.diverge = false;
  window.history.replaceState(null, '', '/chapters/multilayer-perceptron/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('UniversalApproximator, hand mode', () => {
  test('opens on the chapter’s staircase for sin 2πx with nine units: max error 0.309 at x = 0', () => {
    render(<UniversalApproximator />);
    expect(text('ua-max')).toBe('0.309');
    expect(text('ua-at')).toBe('0');
    expect(text('ua-rms')).toBe('0.1179');
    expect(screen.getByText(/10 steps of width 1\/10, steepness c₂ = 500/)).toBeTruthy();
  });

  test('the N slider rebuilds the staircase: four units give 0.5878, as in the chapter’s table', () => {
    render(<UniversalApproximator />);
    fireEvent.change(screen.getByRole('slider', { name: /Hidden units N/ }), { target: { value: '4' } });
    expect(text('ua-max')).toBe('0.5878');
    flushUrl();
    expect(query()).toBe('?ua.n=4');
  });

  test('choosing |x| gives the error 1/M = 0.1', () => {
    render(<UniversalApproximator />);
    fireEvent.change(screen.getByRole('combobox', { name: /Target/ }), { target: { value: 'abs' } });
    expect(text('ua-max')).toBe('0.1');
  });

  test('arrow keys on a unit’s handle change its height and position, and the URL keeps every parameter', () => {
    render(<UniversalApproximator />);
    const handle = screen.getByRole('slider', { name: 'Unit 1: position and height' });
    // Unit 1 of the staircase steps by sin(0.3π) − sin(0.1π) = 0.5 at x = 0.1 with c₂ = 500.
    expect(handle.getAttribute('aria-valuetext')).toBe('centre x = 0.1, height c₁ = 0.5');
    fireEvent.keyDown(handle, { key: 'ArrowUp' });
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(handle.getAttribute('aria-valuetext')).toBe('centre x = 0.11, height c₁ = 0.55');
    expect(screen.queryByText(/form the chapter’s staircase/)).toBeNull();
    flushUrl();
    // c₄ = sin(0.1π) = 0.309017, then c₁, c₂, c₃ of unit 1: 0.55, 500, −500 · 0.11 = −55.
    expect(query()).toMatch(/^\?ua\.p=0\.309017,0\.55,500,-55,/);
    expect(query().split('=')[1].split(',')).toHaveLength(28);
  });

  test('the c₁ slider and number box set the selected unit; nonsense typed in the box is explained and ignored', () => {
    render(<UniversalApproximator />);
    fireEvent.change(screen.getByRole('combobox', { name: /^Unit/ }), { target: { value: '2' } });
    fireEvent.change(screen.getByRole('slider', { name: /c₁ \(height\)/ }), { target: { value: '1.2' } });
    expect(screen.getByRole('slider', { name: 'Unit 3: position and height' }).getAttribute('aria-valuetext')).toBe('centre x = 0.3, height c₁ = 1.2');
    const box = screen.getByRole('textbox', { name: /c₁ \(height\), exact value/ });
    fireEvent.change(box, { target: { value: 'abc' } });
    expect(screen.getByText('c₁ (height): “abc” is not a number.')).toBeTruthy();
    fireEvent.change(box, { target: { value: '1e9' } });
    expect(screen.getByText(/c₁ \(height\) must be between -10000 and 10000; 1e9 is ignored\./)).toBeTruthy();
    fireEvent.change(box, { target: { value: '-0.25' } });
    expect(screen.getByRole('slider', { name: 'Unit 3: position and height' }).getAttribute('aria-valuetext')).toContain('height c₁ = -0.25');
  });

  test('a link with one steep unit on the step target opens the same numbers: max 0.5 at x = 0.5, RMS 0.04616', () => {
    window.history.replaceState(null, '', '/chapters/multilayer-perceptron/?ua.target=step&ua.n=1&ua.p=0,1,200,-100');
    render(<UniversalApproximator />);
    expect(text('ua-max')).toBe('0.5');
    expect(text('ua-at')).toBe('0.5');
    expect(text('ua-rms')).toBe('0.04616');
    expect(screen.getByText(/a sum of sigmoids is continuous/)).toBeTruthy();
  });

  test('nonsense in the link falls back with a notice for each value', () => {
    window.history.replaceState(null, '', '/chapters/multilayer-perceptron/?ua.n=99&ua.target=cos&ua.lr=1e6&ua.p=1,2&ua.draw=NaN');
    render(<UniversalApproximator />);
    expect(text('ua-max')).toBe('0.309');
    expect(screen.getByText(/“n=99” is above the maximum 50/)).toBeTruthy();
    expect(screen.getByText(/“target=cos” is not one of sin, abs, step, poly, drawn/)).toBeTruthy();
    expect(screen.getByText(/“lr=1e6” is not one of/)).toBeTruthy();
    expect(screen.getByText(/“draw=NaN” has an entry 1 that is not a number/)).toBeTruthy();
    expect(screen.getByText(/unit parameters have 2 numbers, but 9 units need 28, so the chapter’s staircase is shown/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/unit parameters have 2 numbers/)).toBeNull();
  });

  test('the reader draws a target with the keyboard pen', () => {
    render(<UniversalApproximator />);
    fireEvent.change(screen.getByRole('combobox', { name: /Target/ }), { target: { value: 'drawn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Draw the target' }));
    const pen = screen.getByRole('slider', { name: /Drawing pen/ });
    // The drawing starts from the sine; the pen sits at x = 0.5, where sin π = 0.
    expect(pen.getAttribute('aria-valuetext')).toBe('h(0.5) = 0');
    fireEvent.keyDown(pen, { key: 'ArrowUp', shiftKey: true });
    fireEvent.keyDown(pen, { key: 'ArrowRight' });
    fireEvent.keyDown(pen, { key: 'PageUp' });
    expect(pen.getAttribute('aria-valuetext')).toBe('h(0.55) = 0.191');
    flushUrl();
    const draw = new URLSearchParams(window.location.search).get('ua.draw')!.split(',').map(Number);
    expect(draw).toHaveLength(21);
    expect(draw[10]).toBe(0.25);
    // sin(1.1π) = −0.309, raised by 0.5.
    expect(draw[11]).toBe(0.191);
    fireEvent.click(screen.getByRole('button', { name: 'Flatten to 0' }));
    expect(pen.getAttribute('aria-valuetext')).toBe('h(0.55) = 0');
  });
});

describe('UniversalApproximator, train mode', () => {
  test('trains three units on |x| in slices, pauses, resumes and finishes below the staircase’s error', () => {
    window.history.replaceState(null, '', '/chapters/multilayer-perceptron/?ua.mode=train&ua.target=abs&ua.n=3&ua.steps=1000');
    render(<UniversalApproximator />);
    const status = () => screen.getByTestId('ua-train-status').textContent ?? '';
    act(() => vi.advanceTimersByTime(150));
    act(() => vi.advanceTimersToNextTimer());
    act(() => vi.advanceTimersToNextTimer());
    expect(status()).toMatch(/^Training: 50 of 1000 Adam steps/);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(1000));
    expect(status()).toMatch(/^Paused: 50 of 1000 Adam steps/);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    act(() => vi.runAllTimers());
    expect(status()).toMatch(/^Trained: 1000 of 1000 Adam steps, mean squared error/);
    // The chapter's staircase with three units has max error 1/4 on |x|; the fit does better.
    expect(Number(text('ua-max'))).toBeLessThan(0.15);
    fireEvent.click(screen.getByRole('button', { name: 'Edit these units by hand' }));
    flushUrl();
    expect(query()).toMatch(/ua\.p=/);
    expect(screen.getByRole('slider', { name: 'Unit 1: position and height' })).toBeTruthy();
  });

  test('the sweep trains N = 1 … 50 in turn and tabulates the error for each', () => {
    window.history.replaceState(null, '', '/chapters/multilayer-perceptron/?ua.mode=train&ua.steps=1000');
    render(<UniversalApproximator />);
    fireEvent.click(screen.getByRole('button', { name: 'Error for N = 1 … 50' }));
    act(() => vi.advanceTimersToNextTimer());
    act(() => vi.advanceTimersToNextTimer());
    expect(screen.getByText(/Training N = 3 \(2 of 9 done\)/)).toBeTruthy();
    act(() => vi.runAllTimers());
    const rows = screen.getByRole('table').querySelectorAll('tbody tr');
    expect(Array.from(rows, (r) => r.querySelector('th')?.textContent)).toEqual(['1', '2', '3', '5', '8', '13', '20', '30', '50']);
    const rms = Array.from(rows, (r) => Number(r.querySelectorAll('td')[1].textContent));
    expect(rms[3]).toBeLessThan(rms[0] / 10);
  });

  test('a diverged run is reported in words with a way back to the default settings', () => {
    fake.diverge = true;
    window.history.replaceState(null, '', '/chapters/multilayer-perceptron/?ua.mode=train&ua.lr=1&ua.seed=7');
    render(<UniversalApproximator />);
    act(() => vi.runAllTimers());
    expect(screen.getByRole('alert').textContent).toContain('Training diverged at step 40');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the default training settings' }));
    flushUrl();
    expect(query()).toBe('?ua.mode=train');
  });
});
