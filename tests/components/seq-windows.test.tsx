// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import SeqWindows from '@/components/widgets/seq-windows/Widget';

const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const rows = () => Array.from(screen.getByTestId('sw-table').querySelectorAll('tbody tr')).map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent));

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/chapters/recurrent-networks/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('SeqWindows', () => {
  test('opens on the notes’ table: s = 3, one batch of 8', () => {
    render(<SeqWindows />);
    expect(text('sw-summary')).toContain('11 − 3 = 8 windows; ⌈8/8⌉ = 1 batch');
    expect(rows()[0]).toEqual(['1', '0, 1, 2', '3']);
    expect(rows()[7]).toEqual(['8', '7, 8, 9', '10']);
    expect(screen.getAllByText(/^Batch \d$/)).toHaveLength(1);
  });

  test('batch size 4 splits the eight windows into two batches, and the URL records it', () => {
    render(<SeqWindows />);
    fireEvent.change(screen.getByTestId('sw-batch'), { target: { value: '4' } });
    expect(screen.getAllByText(/^Batch \d$/).map((e) => e.textContent)).toEqual(['Batch 1', 'Batch 2']);
    expect(text('sw-summary')).toContain('⌈8/4⌉ = 2 batches');
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toBe('?sw.batch=4');
  });

  test('Next window and the arrow keys move the highlighted window', () => {
    render(<SeqWindows />);
    fireEvent.click(screen.getByRole('button', { name: /Next window/ }));
    expect(text('sw-current')).toBe('Window 2 of 8: (1, 2, 3) → 4');
    fireEvent.keyDown(screen.getByRole('group', { name: /Windows by batch/ }), { key: 'End' });
    expect(text('sw-current')).toBe('Window 8 of 8: (7, 8, 9) → 10');
    fireEvent.keyDown(screen.getByRole('group', { name: /Windows by batch/ }), { key: 'ArrowLeft' });
    expect(text('sw-current')).toContain('Window 7 of 8');
  });

  test('a sequence as long as the series is explained in words', () => {
    render(<SeqWindows />);
    fireEvent.change(screen.getByTestId('sw-seq'), { target: { value: '11' } });
    expect(text('sw-problem')).toMatch(/needs at least 12 values; it has 11/);
  });

  test('a batch size of 0 in the box is refused beside it and the table stays', () => {
    render(<SeqWindows />);
    fireEvent.change(screen.getByTestId('sw-batch'), { target: { value: '0' } });
    expect(screen.getByText(/batch size must be between 1 and 40; 0 is ignored/)).toBeTruthy();
    expect(rows()).toHaveLength(8);
  });

  test('a link opens the same table; nonsense in the link falls back with a notice', () => {
    window.history.replaceState(null, '', '/chapters/recurrent-networks/?sw.length=12&sw.seq=4&sw.batch=3&sw.pick=banana');
    render(<SeqWindows />);
    expect(text('sw-summary')).toContain('12 − 4 = 8 windows; ⌈8/3⌉ = 3 batches, the last holding 2');
    expect(screen.getByText(/“pick=banana” is not a number/)).toBeTruthy();
  });
});
