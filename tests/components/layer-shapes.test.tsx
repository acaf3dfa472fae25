// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import LayerShapes from '@/components/widgets/layer-shapes/Widget';

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/chapters/cnn/');
});

afterEach(() => {
  vi.useRealTimers();
});

const total = () => screen.getByTestId('ls-total').textContent;

describe('LayerShapes', () => {
  test('opens on the digits CNN: (6, 6, 10) first, 5,160 parameters in all', () => {
    render(<LayerShapes />);
    expect(screen.getByTestId('ls-shape-1').textContent).toBe('(6, 6, 10)');
    expect(screen.getByTestId('ls-shape-3').textContent).toBe('(90)');
    expect(total()).toBe('5,160');
  });

  test('presets: CIFAR-10 gives (4, 4, 64) → (1024) and 122,570; AlexNet 62,378,344', () => {
    render(<LayerShapes />);
    const preset = screen.getByRole('combobox', { name: /Preset/ });
    fireEvent.change(preset, { target: { value: 'cifar' } });
    expect(screen.getByTestId('ls-shape-5').textContent).toBe('(4, 4, 64)');
    expect(screen.getByTestId('ls-shape-6').textContent).toBe('(1024)');
    expect(total()).toBe('122,570');
    fireEvent.change(preset, { target: { value: 'alexnet' } });
    expect(total()).toBe('62,378,344');
    fireEvent.click(screen.getByRole('checkbox', { name: /multiply–adds/ }));
    expect(screen.getByTestId('ls-total-macs').textContent).toBe('1,135,256,096');
  });

  test('editing a field updates the shapes and writes the compact stack to the URL', () => {
    render(<LayerShapes />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Layer 1 filters' }), { target: { value: '32' } });
    // (3·3·1 + 1)·32 = 320; flatten 3·3·32 = 288; (288 + 1)·50 = 14,450; + 510
    expect(screen.getByTestId('ls-shape-3').textContent).toBe('(288)');
    expect(total()).toBe('15,280');
    act(() => vi.advanceTimersByTime(500));
    expect(new URLSearchParams(window.location.search).get('ls.stack')).toBe('8,8,1,1,32,3,1,0,2,2,2,3,4,50,4,10');
  });

  test('move, remove and add: a Dense above the Flatten is explained', () => {
    render(<LayerShapes />);
    fireEvent.click(screen.getByRole('button', { name: 'Move layer 4 up' }));
    expect(screen.getByTestId('ls-error-3').textContent).toMatch(/^Dense expects a vector, but its input is the volume \(3, 3, 10\)\. Add a Flatten before it \(it would give 90 numbers\)\./);
    expect(total()).toBe('—');
    expect(screen.getByTestId('ls-verdict').textContent).toMatch(/^Layer 3 \(Dense\) cannot be built/);
    fireEvent.click(screen.getByRole('button', { name: 'Move layer 3 down' }));
    expect(total()).toBe('5,160');
    fireEvent.click(screen.getByRole('button', { name: 'Remove layer 5' }));
    expect(total()).toBe('4,650');
    fireEvent.change(screen.getByRole('combobox', { name: /New layer/ }), { target: { value: 'dense' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add at the end' }));
    expect(total()).toBe('5,160');
  });

  test('stride 0 and an oversized kernel get their own explanations', () => {
    render(<LayerShapes />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Layer 1 stride' }), { target: { value: '0' } });
    expect(screen.getByTestId('ls-error-1').textContent).toMatch(/^Stride 0 would never move the kernel/);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Layer 1 stride' }), { target: { value: '1' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Layer 1 kernel size' }), { target: { value: '9' } });
    expect(screen.getByTestId('ls-error-1').textContent).toMatch(/^The 9×9 kernel is larger than the padded input: 8 \+ 2·0 = 8/);
  });

  test('a link with a stack opens it; a malformed list falls back to the preset with a notice', () => {
    window.history.replaceState(null, '', '/chapters/cnn/?ls.stack=28,28,1,1,32,3,1,0,3,4,10');
    const { unmount } = render(<LayerShapes />);
    expect(screen.getByTestId('ls-shape-1').textContent).toBe('(26, 26, 32)');
    expect(total()).toBe(String((320 + (26 * 26 * 32 + 1) * 10).toLocaleString('en-US')));
    unmount();
    window.history.replaceState(null, '', '/chapters/cnn/?ls.stack=8,8,1,9&ls.preset=resnet');
    render(<LayerShapes />);
    expect(screen.getByText(/“preset=resnet” is not one of/)).toBeTruthy();
    expect(screen.getByText(/entry 4 is 9, which is no layer type/)).toBeTruthy();
    expect(total()).toBe('5,160');
  });

  test('nonsense numbers in the link are refused with a notice', () => {
    window.history.replaceState(null, '', '/chapters/cnn/?ls.stack=8,8,NaN&ls.macs=maybe');
    render(<LayerShapes />);
    expect(screen.getByText(/“stack=8,8,NaN” has an entry 3 that is not a number/)).toBeTruthy();
    expect(screen.getByText(/“macs=maybe” is not on\/off/)).toBeTruthy();
    expect(total()).toBe('5,160');
  });
});
