// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { digitsArraysFromText } from '@/components/widgets/grid-search/digits-data';
import { DEFAULT_NOISE, runToEnd } from '@/components/widgets/minibatch-noise/model';
import MinibatchNoise from '@/components/widgets/minibatch-noise/Widget';

const data = digitsArraysFromText(readFileSync('public/data/digits.csv', 'utf8'), readFileSync('public/data/digits-split.json', 'utf8'));

// jsdom has no fetch of the site's files and no Worker: the data come from disk and the runs
// train on the main thread, one checkpoint per task.
vi.mock('@/components/widgets/grid-search/digits-data', async (importActual) => {
  const actual = await importActual<typeof import('@/components/widgets/grid-search/digits-data')>();
  return { ...actual, loadDigits: () => Promise.resolve(data) };
});

const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const cells = (id: string) => Array.from(screen.getByTestId(id).querySelectorAll('td')).map((td) => td.textContent);

beforeEach(() => {
  window.history.replaceState(null, '', '/chapters/training/');
});

describe('MinibatchNoise', () => {
  test('before training: updates per epoch 1437, 45 and 1, and three curves in the legend', () => {
    render(<MinibatchNoise />);
    expect(text('mb-status')).toMatch(/same initial weights \(seed 1\), η = 1, 10 epochs each/);
    expect(cells('mb-row-b1')[0]).toBe('1437');
    expect(cells('mb-row-b32')[0]).toBe('45');
    expect(cells('mb-row-full')[0]).toBe('1');
    expect(screen.getByRole('list', { name: 'Curves' }).textContent).toBe('batch 1batch 32full batch (1437)');
  });

  test('a link with mb.run=1 trains 2 epochs at once and gives the model’s numbers for each batch size', async () => {
    window.history.replaceState(null, '', '/chapters/training/?mb.epochs=2&mb.run=1');
    render(<MinibatchNoise />);
    await waitFor(() => expect(text('mb-status')).toMatch(/^Done\./), { timeout: 20_000 });
    const settings = { ...DEFAULT_NOISE, epochs: 2 };
    const last = (choice: 0 | 1 | 32) => runToEnd(data, choice, settings).at(-1)!;
    expect(cells('mb-row-b1').slice(1, 3)).toEqual(['2874', last(1).loss.toFixed(3)]);
    expect(cells('mb-row-b32').slice(1, 3)).toEqual(['90', last(32).loss.toFixed(3)]);
    expect(cells('mb-row-full').slice(1, 3)).toEqual(['2', last(0).loss.toFixed(3)]);
    // every run ends below ln 10 ≈ 2.30 (the full batch only just: 2.237), so no warning
    expect(screen.queryByTestId('mb-stuck')).toBeNull();
    expect(screen.queryByTestId('mb-diverged')).toBeNull();
  }, 30_000);

  test('the x axis toggle and η choice write the URL', async () => {
    render(<MinibatchNoise />);
    fireEvent.click(screen.getByRole('radio', { name: 'seconds' }));
    expect(screen.getByRole('img', { name: /against seconds of training/ })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'η' }), { target: { value: '0.3' } });
    expect(text('mb-status')).toContain('η = 0.3');
    await waitFor(() => expect(window.location.search).toBe('?mb.eta=0.3&mb.x=seconds'));
  });

  test('epochs typed as 500 are refused in words', () => {
    render(<MinibatchNoise />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Epochs' }), { target: { value: '500' } });
    expect(screen.getByRole('alert').textContent).toBe('Epochs must be a whole number from 1 to 30; epochs 10 is still in use.');
  });

  test('nonsense in the link falls back to the defaults with a notice for each value', () => {
    window.history.replaceState(null, '', '/chapters/training/?mb.eta=1e6&mb.epochs=abc&mb.x=weeks');
    render(<MinibatchNoise />);
    expect(screen.getByText(/“eta=1e6” is not one of 0.1, 0.3, 1, 3/)).toBeTruthy();
    expect(screen.getByText(/“epochs=abc” is not a number/)).toBeTruthy();
    expect(screen.getByText(/“x=weeks” is not one of epoch, seconds/)).toBeTruthy();
    expect(text('mb-status')).toContain('η = 1, 10 epochs');
  });
});
