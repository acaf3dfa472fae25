// Timing and table printing for the benchmark.
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { fileURLToPath } from 'node:url';

export type Peer = 'ours' | 'tfjs-cpu' | 'tfjs-wasm' | 'convnetjs';
export const PEERS: readonly Peer[] = ['ours', 'tfjs-cpu', 'tfjs-wasm', 'convnetjs'];

export interface Runner {
  step: () => void;
  dispose?: () => void;
}

export interface Workload {
  name: string;
  /** Unit of throughput and how many units one step does (samples, runs, GFLOP). */
  unit: string;
  perStep: number;
  peers: Partial<Record<Peer, () => Runner>>;
}

export interface Timing {
  warmupMs: number;
  measureMs: number;
}

export async function initTfjs(): Promise<void> {
  tf.enableProdMode();
  // In Node the wasm backend reads its .wasm files from the package's dist folder.
  setWasmPaths(fileURLToPath(new URL('../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url)));
  await tf.setBackend('wasm');
  await tf.ready();
  await tf.setBackend('cpu');
  await tf.ready();
}

export async function selectBackend(peer: Peer): Promise<void> {
  if (peer === 'tfjs-cpu') await tf.setBackend('cpu');
  if (peer === 'tfjs-wasm') await tf.setBackend('wasm');
}

/** Steps per second after a warm-up of at least `warmupMs` (tfjs-wasm needs ~10 MLP epochs). */
export function measure(step: () => void, { warmupMs, measureMs }: Timing): number {
  const warmEnd = performance.now() + warmupMs;
  while (performance.now() < warmEnd) step();
  let count = 0;
  const start = performance.now();
  let now = start;
  while (now - start < measureMs) {
    step();
    count++;
    now = performance.now();
  }
  return (count * 1000) / (now - start);
}

export interface Row {
  workload: Workload;
  throughput: Partial<Record<Peer, number>>;
}

function fmt(v: number | undefined): string {
  if (v === undefined) return 'n/a';
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

export function table(rows: Row[]): string {
  const others = PEERS.filter((p) => p !== 'ours');
  const header = ['workload', 'unit', ...PEERS, ...others.map((p) => `ours ÷ ${p}`)];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const { workload, throughput } of rows) {
    const ours = throughput.ours;
    const ratios = others.map((p) => (ours !== undefined && throughput[p] ? `${(ours / throughput[p]!).toFixed(2)}×` : 'n/a'));
    lines.push(`| ${[workload.name, workload.unit, ...PEERS.map((p) => fmt(throughput[p])), ...ratios].join(' | ')} |`);
  }
  return lines.join('\n');
}
