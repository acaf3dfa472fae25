// @vitest-environment jsdom
// The digits trainer in jsdom. jsdom has no Web Workers, so a stand-in runs the worker's own host
// code in the page, reading the data files from disk.
import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import DigitsTrainer from '@/components/widgets/digits-trainer/Widget';
import { createHost } from '@/components/widgets/digits-trainer/host';
import type { TrainerReply, TrainerRequest } from '@/components/widgets/digits-trainer/protocol';

class InPageWorker {
  static created = 0;
  static terminated = 0;
  private listeners: ((event: { data: TrainerReply }) => void)[] = [];
  private stopped = false;
  private host = createHost({
    post: (reply) => setTimeout(() => !this.stopped && this.listeners.forEach((l) => l({ data: reply })), 0),
    fetchText: async (url) => readFileSync(`public/data/${url.split('/').pop()}`, 'utf8'),
    later: (fn) => setTimeout(() => !this.stopped && fn(), 0),
    now: () => performance.now(),
  });
  constructor() {
    InPageWorker.created++;
  }
  addEventListener(type: string, listener: (event: { data: TrainerReply }) => void) {
    if (type === 'message') this.listeners.push(listener);
  }
  postMessage(request: TrainerRequest) {
    this.host(request);
  }
  terminate() {
    this.stopped = true;
    InPageWorker.terminated++;
  }
}

const testId = (id: string) => screen.getByTestId(id).textContent ?? '';
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const open = (query = '') => {
  window.history.replaceState(null, '', `/chapters/training/${query}`);
  return render(<DigitsTrainer />);
};

beforeEach(() => {
  vi.stubGlobal('Worker', InPageWorker);
  HTMLCanvasElement.prototype.getContext = (() => null) as never;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DigitsTrainer', () => {
  test('opens on the defaults, waiting for Train', () => {
    open();
    expect(testId('dt-status')).toBe('Press Train: 30 epochs of minibatch SGD on the 1437 training digits, in a background thread.');
    expect((screen.getByTestId('dt-hidden') as HTMLInputElement).value).toBe('50');
    expect((screen.getByTestId('dt-lr') as HTMLInputElement).value).toBe('0.2');
    expect((screen.getByRole('combobox', { name: /Activation/ }) as HTMLSelectElement).value).toBe('tanh');
    expect(testId('dt-draw-guess')).toMatch(/Train the network above/);
  });

  test('a link with epochs 3 and seed 2 trains to 343 of 360, as in Node; the worker is terminated on unmount', async () => {
    const before = InPageWorker.terminated;
    const view = open('?dt.epochs=3&dt.seed=2');
    fireEvent.click(button('Train'));
    await waitFor(() => expect(testId('dt-status')).toMatch(/^Finished: epoch 3 of 3/), { timeout: 20_000 });
    expect(testId('dt-test-acc')).toBe('343 of 360 (95.3%)');
    expect(testId('dt-epoch')).toBe('3 of 3');
    // 17 wrong digits: a gallery of buttons, and a confusion matrix holding all 360.
    expect(screen.getByText(/The 17 test digits it gets wrong/)).toBeTruthy();
    const matrix = screen.getByRole('table', { name: /true class \(rows\) against the network's guess/ });
    const cells = within(matrix).getAllByRole('cell').map((c) => Number(c.textContent?.replace(/\D/g, '') || 0));
    expect(cells).toHaveLength(100);
    expect(cells.reduce((s, v) => s + v, 0)).toBe(360);
    view.unmount();
    expect(InPageWorker.terminated).toBe(before + 1);
  });

  test('settings go to the URL; changing one stops a run and says so', async () => {
    open();
    fireEvent.change(screen.getByTestId('dt-hidden'), { target: { value: '80' } });
    await waitFor(() => expect(window.location.search).toBe('?dt.hidden=80'));
    fireEvent.click(button('Train'));
    await waitFor(() => expect(testId('dt-status')).toMatch(/^Training/), { timeout: 20_000 });
    fireEvent.change(screen.getByRole('combobox', { name: /Activation/ }), { target: { value: 'relu' } });
    expect(testId('dt-status')).toMatch(/settings changed, so the run was stopped/);
    await waitFor(() => expect(window.location.search).toBe('?dt.hidden=80&dt.act=relu'));
  });

  test('η = 1e6 typed in the box is refused with a message; the run keeps η = 0.2', () => {
    open();
    fireEvent.change(screen.getByTestId('dt-lr'), { target: { value: '1e6' } });
    expect(screen.getByRole('alert').textContent).toBe('η = 1e6 is outside 0.0001 to 100 (the learning rate); the last valid value, 0.2, is used.');
    fireEvent.change(screen.getByTestId('dt-hidden'), { target: { value: '2.5' } });
    expect(screen.getByText('Hidden units H must be a whole number.')).toBeTruthy();
  });

  test('nonsense in the link falls back to the defaults with notices', () => {
    open('?dt.lr=1e6&dt.act=softmax&dt.hidden=abc&dt.seed=NaN');
    expect(screen.getByText(/“lr=1e6” is above the maximum 100/)).toBeTruthy();
    expect(screen.getByText(/“act=softmax” is not one of tanh, sigmoid, relu/)).toBeTruthy();
    expect(screen.getByText(/“hidden=abc” is not a number/)).toBeTruthy();
    expect(screen.getByText(/“seed=NaN” is not a number/)).toBeTruthy();
    expect((screen.getByTestId('dt-lr') as HTMLInputElement).value).toBe('0.2');
  });

  test('η = 50 diverges: the widget says so in words and Reset restores the defaults', async () => {
    open('?dt.lr=50');
    fireEvent.click(button('Train'));
    const alert = await screen.findByRole('alert', {}, { timeout: 20_000 });
    expect(alert.textContent).toMatch(/Training diverged in epoch 1, step 3: the minibatch loss became infinite/);
    expect(alert.textContent).toMatch(/With η = 50 the steps overshoot/);
    fireEvent.click(button('Reset to the default settings'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByTestId('dt-lr') as HTMLInputElement).value).toBe('0.2');
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  test('Stop pauses between epochs and Resume carries on', async () => {
    open('?dt.epochs=200');
    fireEvent.click(button('Train'));
    await waitFor(() => expect(testId('dt-status')).toMatch(/^Training: epoch [1-9]/), { timeout: 20_000 });
    fireEvent.click(button('Stop'));
    await waitFor(() => expect(testId('dt-status')).toMatch(/^Stopped after epoch \d+ of 200/));
    const stoppedAt = testId('dt-epoch');
    await act(() => new Promise((r) => setTimeout(r, 300)));
    expect(testId('dt-epoch')).toBe(stoppedAt);
    fireEvent.click(button('Resume'));
    await waitFor(() => expect(testId('dt-epoch')).not.toBe(stoppedAt), { timeout: 20_000 });
    expect(testId('dt-status')).toMatch(/^Training/);
  });

  test('drawing by keyboard: a vertical stroke becomes 8×8 counts, read by the trained network', async () => {
    open('?dt.epochs=2');
    fireEvent.click(button('Train'));
    await waitFor(() => expect(testId('dt-status')).toMatch(/^Finished/), { timeout: 20_000 });
    const pad = screen.getByRole('application', { name: 'Draw a digit' });
    fireEvent.keyDown(pad, { key: 'ArrowUp', shiftKey: true });
    fireEvent.keyDown(pad, { key: 'ArrowUp', shiftKey: true });
    fireEvent.keyDown(pad, { key: 'ArrowUp', shiftKey: true });
    fireEvent.keyDown(pad, { key: 'Enter' });
    for (let i = 0; i < 5; i++) fireEvent.keyDown(pad, { key: 'ArrowDown', shiftKey: true });
    // Rows 5..27, columns 15..17: fitted to 32 rows, 4 columns wide (14..17), so two 4×4 blocks per row hold 8 inked pixels each.
    const row = '0 0 0 8 8 0 0 0';
    expect(screen.getByRole('img', { name: /Your drawing as 8 by 8 pixels/ }).getAttribute('aria-label')).toBe(`Your drawing as 8 by 8 pixels: ${Array(8).fill(row).join(' ')}`);
    expect(testId('dt-draw-guess')).toMatch(/^It reads \d \(\d+\.\d%\)$/);
    expect(screen.getByRole('table', { name: 'Class probabilities for your drawing' })).toBeTruthy();
    fireEvent.click(button('Clear the drawing'));
    expect(testId('dt-draw-guess')).toMatch(/Draw a digit on the pad/);
  });
});
