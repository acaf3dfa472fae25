// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import NeuronPlayground from '@/components/widgets/neuron-playground/Widget';

const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const button = (name: string | RegExp) => screen.getByRole('button', { name });

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/chapters/neurons/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('NeuronPlayground', () => {
  test('opens on AND at the chapter start: every point fires, 1 of 4 right', () => {
    render(<NeuronPlayground />);
    expect(text('np-weights')).toBe('w = (0.3, 0.4), b = 0.1');
    expect(text('np-line')).toBe('0.3x₁ + 0.4x₂ + 0.1 = 0');
    expect(text('np-accuracy')).toBe('1 of 4 right (25%)');
    expect(text('np-classes')).toBe('class 0 (circles): 0 of 3; class 1 (squares): 1 of 1');
  });

  test('one step applies the rule to (0, 0) and prints the update', () => {
    render(<NeuronPlayground />);
    fireEvent.click(button('Step: one point'));
    expect(text('np-step')).toContain('z = 0.3·0 + 0.4·0 + 0.1 = 0.1, so y = H(0.1) = 1.');
    expect(text('np-step')).toContain('b ← 0.1 + 0.1·(−1) = 0.');
    expect(text('np-weights')).toBe('w = (0.3, 0.4), b = 0');
  });

  test('run to convergence on AND: 4 updates, w = (0.2, 0.2), b = −0.3, 4 of 4', () => {
    render(<NeuronPlayground />);
    fireEvent.click(button('Run to convergence'));
    expect(text('np-weights')).toBe('w = (0.2, 0.2), b = −0.3');
    expect(text('np-accuracy')).toBe('4 of 4 right (100%)');
    expect(text('np-verdict')).toContain('Converged');
    expect(text('np-verdict')).toContain('4 updates');
  });

  test('XOR: after one epoch it says a single neuron cannot separate XOR', () => {
    render(<NeuronPlayground />);
    fireEvent.click(screen.getByRole('radio', { name: 'XOR' }));
    fireEvent.click(button('Run 1 epoch'));
    expect(text('np-verdict')).toContain('A single neuron cannot separate XOR: no line classifies all four points');
    fireEvent.click(button('Run to convergence'));
    expect(text('np-verdict')).toContain('The rule never stops');
    expect(text('np-accuracy')).not.toBe('4 of 4 right (100%)');
  });

  test('the weight box and the slider move the line; nonsense in the box is explained and ignored', () => {
    render(<NeuronPlayground />);
    const box = screen.getByTestId('np-w1') as HTMLInputElement;
    fireEvent.change(box, { target: { value: '-1.5' } });
    expect(text('np-weights')).toBe('w = (−1.5, 0.4), b = 0.1');
    fireEvent.change(box, { target: { value: 'abc' } });
    expect(screen.getByText(/w₁: “abc” is not a number; -1.5 is kept/)).toBeTruthy();
    expect(text('np-weights')).toBe('w = (−1.5, 0.4), b = 0.1');
    fireEvent.change(screen.getByTestId('np-eta'), { target: { value: '1e6' } });
    expect(screen.getByText(/η must be between 0.001 and 10; 1e6 is ignored/)).toBeTruthy();
    fireEvent.change(screen.getByRole('slider', { name: 'Bias b (slider)' }), { target: { value: '-0.5' } });
    expect(text('np-weights')).toBe('w = (−1.5, 0.4), b = −0.5');
  });

  test('ArrowUp in a number box steps the weight by 0.1', () => {
    render(<NeuronPlayground />);
    fireEvent.keyDown(screen.getByTestId('np-w2'), { key: 'ArrowUp' });
    expect(text('np-weights')).toBe('w = (0.3, 0.5), b = 0.1');
  });

  test('writes its state to the URL and leaves defaults out', () => {
    render(<NeuronPlayground />);
    fireEvent.click(screen.getByRole('radio', { name: 'OR' }));
    fireEvent.click(button('Step: one point'));
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toBe('?np.data=or&np.b=0&np.next=1');
  });

  test('opens the exact demo a link describes', () => {
    window.history.replaceState(null, '', '/chapters/neurons/?np.data=xor&np.w1=1&np.w2=1&np.b=-0.5&np.f=sigmoid');
    render(<NeuronPlayground />);
    expect(text('np-accuracy')).toBe('3 of 4 right (75%)');
    expect((screen.getByRole('radio', { name: 'Sigmoid σ' }) as HTMLInputElement).checked).toBe(true);
  });

  test('nonsense in the link falls back to the defaults with a notice', () => {
    window.history.replaceState(null, '', '/chapters/neurons/?np.w1=NaN&np.eta=1000000&np.data=nand&np.next=3');
    render(<NeuronPlayground />);
    expect(text('np-weights')).toBe('w = (0.3, 0.4), b = 0.1');
    expect(screen.getByText(/“w1=NaN” is not a number/)).toBeTruthy();
    expect(screen.getByText(/“eta=1000000” is above the maximum 10/)).toBeTruthy();
    expect(screen.getByText(/“data=nand” is not one of/)).toBeTruthy();
  });

  test('a next index past the four points is explained and wrapped', () => {
    window.history.replaceState(null, '', '/chapters/neurons/?np.next=6');
    render(<NeuronPlayground />);
    expect(screen.getByText(/“next=6” is past the 4 points of AND, so point 3 is next/)).toBeTruthy();
  });

  test('a step that would push a weight past ±100 is stopped and explained, weights unchanged', () => {
    // At (0, 1): z = 95 − 100 = −5, y = 0, t = 1, so w₂ would become 95 + 10 = 105.
    window.history.replaceState(null, '', '/chapters/neurons/?np.data=xor&np.eta=10&np.w2=95&np.b=-100&np.next=1');
    render(<NeuronPlayground />);
    fireEvent.click(button('Step: one point'));
    expect(screen.getByRole('alert').textContent).toContain('this run would push a weight past ±100');
    expect(text('np-weights')).toBe('w = (0.3, 95), b = −100');
  });
});
