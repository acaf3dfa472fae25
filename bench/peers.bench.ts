// `npm run bench`: our engine's fast float32 paths against @tensorflow/tfjs (CPU backend),
// @tensorflow/tfjs-backend-wasm and convnetjs, one workload and one peer after another in this
// process. Every peer is warmed up (default 2.5 s) before it is timed (default 2 s); set
// BENCH_WARMUP_MS / BENCH_MEASURE_MS to change that, and BENCH_ONLY=text to run only the
// workloads whose name contains that text. Compare ratios within one run: absolute
// speed on shared machines swings by ±30–50 % between runs.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { it } from 'vitest';
import { PEERS, initTfjs, measure, selectBackend, table, type Row, type Timing } from './harness';
import { convWorkload, matmulWorkload, mlpWorkloads, rnnWorkload } from './workloads';

it('benchmark: ours vs tfjs-cpu, tfjs-wasm, convnetjs', async () => {
  const timing: Timing = {
    warmupMs: Number(process.env.BENCH_WARMUP_MS ?? 2500),
    measureMs: Number(process.env.BENCH_MEASURE_MS ?? 2000),
  };
  await initTfjs();
  const read = (name: string) => readFileSync(new URL(`../public/data/${name}`, import.meta.url), 'utf8');
  const workloads = [
    ...mlpWorkloads(read('digits.csv'), read('digits-split.json'), 50, 32),
    convWorkload(1, 28, 28, 8, 3, 'same'),
    convWorkload(3, 32, 32, 16, 5, 'valid'),
    rnnWorkload(32, 50, 16),
    matmulWorkload(256),
  ];
  const only = process.env.BENCH_ONLY; // run only workloads whose name contains this text
  const rows: Row[] = [];
  for (const workload of workloads.filter((w) => !only || w.name.includes(only))) {
    const row: Row = { workload, throughput: {} };
    for (const peer of PEERS) {
      const make = workload.peers[peer];
      if (!make) continue;
      await selectBackend(peer);
      const runner = make();
      row.throughput[peer] = measure(runner.step, timing) * workload.perStep;
      runner.dispose?.();
      process.stderr.write(`  ${workload.name} · ${peer}: ${row.throughput[peer]!.toFixed(2)} ${workload.unit}\n`);
    }
    rows.push(row);
  }
  const cpu = os.cpus()[0];
  const report = [
    '',
    `Machine: ${cpu?.model ?? 'unknown CPU'}, ${os.cpus().length} cores; Node ${process.version}; ${os.platform()} ${os.release()}`,
    `Warm-up ${timing.warmupMs} ms, measured ${timing.measureMs} ms per peer and workload.`,
    '',
    table(rows),
    '',
  ].join('\n');
  process.stdout.write(report);
});
