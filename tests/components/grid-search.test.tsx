// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { digitsArraysFromText } from '@/components/widgets/grid-search/digits-data';
import { DEFAULT_GRID, trainCell } from '@/components/widgets/grid-search/model';
import GridSearch from '@/components/widgets/grid-search/Widget';

const data = digitsArraysFromText(readFileSync('public/data/digits.csv', 'utf8'), readFileSync('public/data/digits-split.json', 'utf8'));

// jsdom has no fetch of the site's files and no Worker: the data come from disk and the grid
// trains on the main thread, one cell per task.
vi.mock('@/components/widgets/grid-search/digits-data', async (importActual) => {
  const actual = await importActual<typeof import('@/components/widgets/grid-search/digits-data')>();
  return { ...actual, loadDigits: () => Promise.resolve(data) };
});

const text = (id: string) => screen.getByTestId(id).textContent ?? '';

beforeEach(() => {
  window.history.replaceState(null, '', '/chapters/training/');
});

describe('GridSearch', () => {
  test('starts idle with 30 untrained cells, each a labelled button', () => {
    render(<GridSearch />);
    expect(text('gs-status')).toMatch(/^30 networks \(64-30-10, sigmoid, batch 32, 6 epochs each, seed 1\) are ready to train\./);
    const cells = screen.getAllByRole('button', { name: /^η = .*: not trained yet$/ });
    expect(cells).toHaveLength(30);
    // one cell in the tab order, the rest reached with the arrow keys
    expect(cells.filter((c) => c.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  test('trains the grid (1 epoch from the link), fills every cell, and Enter on a cell shows its numbers', async () => {
    window.history.replaceState(null, '', '/chapters/training/?gs.epochs=1');
    render(<GridSearch />);
    fireEvent.click(screen.getByTestId('gs-run'));
    await waitFor(() => expect(text('gs-status')).toMatch(/^All 30 networks trained/), { timeout: 20_000 });
    expect(screen.queryAllByRole('button', { name: /not trained yet/ })).toHaveLength(0);
    const expected = trainCell(data, 1, 1e-5, { ...DEFAULT_GRID, epochs: 1 });
    const cell = screen.getByRole('button', { name: /^η = 1, λ = 10⁻⁵: test accuracy/ });
    expect(cell.getAttribute('aria-label')).toBe(`η = 1, λ = 10⁻⁵: test accuracy ${(100 * expected.testAccuracy).toFixed(1)}%`);
    fireEvent.keyDown(cell, { key: 'Enter' });
    expect(cell.getAttribute('aria-pressed')).toBe('true');
    expect(text('gs-detail-text')).toContain(`test ${(100 * expected.testAccuracy).toFixed(1)}%`);
    expect(text('gs-detail-text')).toContain(`training ${(100 * expected.trainAccuracy).toFixed(1)}%`);
    // the diverged corner says so in words
    fireEvent.click(screen.getByRole('button', { name: /^η = 1, λ = 1: diverged in epoch 1/ }));
    expect(text('gs-detail-text')).toMatch(/^✕ This network diverged in epoch 1/);
    expect(text('gs-summary')).toMatch(/1 diverged \(✕\)\./);
    await waitFor(() => expect(window.location.search).toBe('?gs.epochs=1&gs.cell=29'));
  }, 30_000);

  test('arrow keys move focus between cells; the training tab writes ?gs.tab=train', async () => {
    render(<GridSearch />);
    const first = screen.getByRole('button', { name: 'η = 10⁻⁴, λ = 10⁻⁵: not trained yet' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('η = 10⁻³, λ = 10⁻⁵: not trained yet');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('η = 10⁻³, λ = 10⁻⁴: not trained yet');
    fireEvent.click(screen.getByRole('radio', { name: 'training set' }));
    await waitFor(() => expect(window.location.search).toBe('?gs.tab=train'));
  });

  test('a seed typed as 0 is refused in words; the seed in use stays', () => {
    render(<GridSearch />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Seed' }), { target: { value: '0' } });
    expect(screen.getByRole('alert').textContent).toBe('Seed must be a whole number from 1 to 999,999; seed 1 is still in use.');
    expect(text('gs-status')).toContain('seed 1)');
  });

  test('nonsense in the link falls back to the defaults with a notice for each value', () => {
    window.history.replaceState(null, '', '/chapters/training/?gs.epochs=1e6&gs.tab=banana&gs.cell=NaN&gs.seed=-3');
    render(<GridSearch />);
    expect(screen.getByText(/“epochs=1e6” is above the maximum 20/)).toBeTruthy();
    expect(screen.getByText(/“tab=banana” is not one of test, train/)).toBeTruthy();
    expect(screen.getByText(/“cell=NaN” is not a number/)).toBeTruthy();
    expect(screen.getByText(/“seed=-3” is below the minimum 1/)).toBeTruthy();
    expect(text('gs-status')).toContain('6 epochs each, seed 1');
  });

  test('a link with η from 10⁻³ to 10 and a selected cell opens that cell', () => {
    window.history.replaceState(null, '', '/chapters/training/?gs.etas=1e-3..10&gs.cell=24');
    render(<GridSearch />);
    const selected = screen.getByRole('button', { pressed: true });
    expect(selected.getAttribute('aria-label')).toBe('η = 10¹, λ = 10⁻⁵: not trained yet');
    expect(text('gs-detail')).toContain('η = 10¹, λ = 10⁻⁵');
  });
});
