'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import { useWidth } from '@/components/plots/use-width';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { Bars, type Bar } from './Bars';
import { ListField } from './ListField';
import { fmt, fullOutput, isFullOverlap, KERNEL_PRESETS, laidKernel, outputIndex, positionCount, productsAt, SIGNAL_PRESETS, type Mode1d } from './model';
import { MAX_KERNEL, MAX_SIGNAL, schema, URL_PREFIX, VALUE_LIMIT } from './state';
import styles from './Conv1d.module.css';

const PLAY_STEP_MS = 900;

/** A round number at least |v|, so the axis does not jump with every small edit. */
function nice(v: number): number {
  if (v === 0) return 0;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((f) => f * p).find((c) => c >= v - 1e-12)!;
}

/** Value axis [min, max] for a row: always includes 0; editable rows keep room below 0 to drag into. */
function domainOf(values: ArrayLike<number>, editable: boolean): [number, number] {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < values.length; i++) {
    lo = Math.min(lo, values[i]);
    hi = Math.max(hi, values[i]);
  }
  let min = -nice(-lo);
  let max = nice(hi);
  if (max === 0 && min === 0) max = 1;
  if (editable) min = Math.min(min, -0.25 * (max || -min));
  return [min, max];
}

/** A second factor in parentheses when negative: 4·(−1), not 4·−1. */
const factor = (v: number) => (fmt(v).startsWith('−') ? `(${fmt(v)})` : fmt(v));

const clampValue = (v: number) => Math.max(-VALUE_LIMIT, Math.min(VALUE_LIMIT, v));

export default function Conv1dWidget() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const ids = useId();
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const [playing, setPlaying] = useState(false);
  const signal = state.sig;
  const kernel = state.ker;
  const mode = state.mode as Mode1d;
  const n = signal.length;
  const k = kernel.length;
  const positions = positionCount(n, k);
  const t = Math.min(state.t, positions - 1);
  const output = useMemo(() => fullOutput(signal, kernel, mode), [signal, kernel, mode]);
  const products = useMemo(() => productsAt(signal, kernel, mode, t), [signal, kernel, mode, t]);
  const laid = laidKernel(kernel, mode);
  const oi = outputIndex(t, k, mode);
  const name = mode === 'conv' ? 'y' : 'c';

  // Playing steps the position forward until the last one.
  useEffect(() => {
    if (!playing) return;
    if (t >= positions - 1) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => update({ t: t + 1 }), PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, t, positions, update]);

  // Shared column axis: positions −(k − 1) … n + k − 2, so column c is position c − (k − 1).
  const cols = n + 2 * k - 2;
  const offset = k - 1;
  const signalBars: Bar[] = signal.map((v, i) => ({ key: `x${i}`, col: i + offset, value: v, name: `x(${i})`, emphasis: products.some((p) => p.index === i) }));
  const kernelBars: Bar[] = laid.map((v, j) => {
    const kernelIndex = mode === 'conv' ? k - 1 - j : j;
    return { key: `w${kernelIndex}`, col: j, value: v, name: `w(${kernelIndex})`, emphasis: true };
  });
  const outputCol = (p: number) => (mode === 'conv' ? p : p - (k - 1)) + offset;
  const outputBars: Bar[] = Array.from(output, (v, p) => ({
    key: `y${p}`,
    col: outputCol(p),
    value: p <= t ? v : null,
    name: `${name}(${outputIndex(p, k, mode)})`,
    emphasis: p === t,
  }));
  const plotWidth = Math.max(200, width);
  // Rows grow with the width (a projector), within limits that keep all three on one screen.
  const rowHeight = Math.round(Math.max(110, Math.min(200, plotWidth * 0.16)));
  const signalDomain = domainOf(signal, true);
  const kernelDomain = domainOf(kernel, true);
  const outputDomain = domainOf(output, false);
  const sum = products.length ? products[products.length - 1].running : 0;
  const shown = Array.from(output, (v, p) => (p <= t ? fmt(v) : '·')).join(', ');

  function togglePlay() {
    if (playing) {
      setPlaying(false);
      return;
    }
    if (t >= positions - 1) update({ t: 0 });
    setPlaying(true);
  }

  function setSignalAt(i: number, v: number) {
    const next = [...signal];
    next[i] = clampValue(v);
    update({ sig: next });
  }

  function setKernelAt(j: number, v: number) {
    const kernelIndex = mode === 'conv' ? k - 1 - j : j;
    const next = [...kernel];
    next[kernelIndex] = clampValue(v);
    update({ ker: next });
  }

  return (
    <WidgetFrame
      id="conv-1d"
      title="1D convolution, step by step"
      hint="Move the kernel along the signal with the position slider (or press Play), and watch each output appear as a sum of products. Drag the bars or type values."
      onReset={() => {
        setPlaying(false);
        reset();
      }}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <fieldset className="segmented">
          <legend>Operation</legend>
          <label>
            <input type="radio" name={`${ids}-mode`} checked={mode === 'conv'} onChange={() => update({ mode: 'conv' })} /> convolution (flipped)
          </label>
          <label>
            <input type="radio" name={`${ids}-mode`} checked={mode === 'cross'} onChange={() => update({ mode: 'cross' })} /> cross-correlation
          </label>
        </fieldset>
        <label>
          Signal preset{' '}
          <select value="" onChange={(e) => e.target.value && update({ sig: [...SIGNAL_PRESETS[e.target.value as keyof typeof SIGNAL_PRESETS].values], t: 0 })}>
            <option value="">choose…</option>
            {Object.entries(SIGNAL_PRESETS).map(([key, p]) => (
              <option key={key} value={key}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kernel preset{' '}
          <select value="" onChange={(e) => e.target.value && update({ ker: [...KERNEL_PRESETS[e.target.value as keyof typeof KERNEL_PRESETS].values], t: 0 })}>
            <option value="">choose…</option>
            {Object.entries(KERNEL_PRESETS).map(([key, p]) => (
              <option key={key} value={key}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className={styles.lists}>
        <ListField label="Signal x =" what="signal" values={signal} maxLength={MAX_SIGNAL} limit={VALUE_LIMIT} onCommit={(sig) => update({ sig })} testId="c1-signal" />
        <ListField label="Kernel w =" what="kernel" values={kernel} maxLength={MAX_KERNEL} limit={VALUE_LIMIT} onCommit={(ker) => update({ ker })} testId="c1-kernel" />
      </div>

      <div ref={ref} className={styles.plots}>
        <p className={styles.rowLabel}>Signal x(a) (zero outside; drag a bar or focus it and use ↑ ↓)</p>
        <Bars bars={signalBars} cols={cols} width={plotWidth} height={rowHeight} min={signalDomain[0]} max={signalDomain[1]} tone="signal" label="Signal bars" onSet={setSignalAt} named testId="c1-signal-bars" />
        <p className={styles.rowLabel}>
          {mode === 'conv' ? `Kernel flipped, w(${t} − a)` : `Kernel as is, w(a − ${oi})`}, at position {t}
        </p>
        <Bars bars={kernelBars} cols={cols} width={plotWidth} height={Math.round(rowHeight * 0.75)} min={kernelDomain[0]} max={kernelDomain[1]} tone="kernel" label="Kernel bars" shift={t} onSet={setKernelAt} testId="c1-kernel-bars" />
        <p className={styles.rowLabel}>
          Output {name}, built up to position {t} (the dashed slots are still to come)
        </p>
        <Bars bars={outputBars} cols={cols} width={plotWidth} height={rowHeight} min={outputDomain[0]} max={outputDomain[1]} tone="output" label="Output bars" />
      </div>

      <div className={styles.stepper}>
        <button type="button" className="widget-button" onClick={() => update({ t: Math.max(0, t - 1) })} disabled={t === 0}>
          ◀ Step back
        </button>
        <button type="button" className="widget-button primary" aria-pressed={playing} onClick={togglePlay}>
          {playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <button type="button" className="widget-button" onClick={() => update({ t: Math.min(positions - 1, t + 1) })} disabled={t >= positions - 1}>
          Step ▶
        </button>
        <label className={styles.position}>
          Position t = {t}{' '}
          <input type="range" min={0} max={positions - 1} step={1} value={t} onChange={(e) => update({ t: Number(e.target.value) })} />
        </label>
      </div>

      <div className={styles.readout} aria-live="polite">
        <p data-testid="c1-sum-line">
          {name}({oi}) = {products.map((p) => `${fmt(p.x)}·${factor(p.w)}`).join(' + ') || '0'} = <strong data-testid="c1-sum">{fmt(sum)}</strong>
        </p>
        <p className={styles.muted} data-testid="c1-symbolic">
          {name}({oi}) = {products.map((p) => `x(${p.index})·w(${p.kernelIndex})`).join(' + ') || '0 (no overlap)'}
        </p>
        <p className={styles.muted} data-testid="c1-running">
          Running sum: {products.map((p) => fmt(p.running)).join(' → ') || '0'}
          {isFullOverlap(t, n, k) ? ' (the kernel lies wholly on the signal)' : ' (the kernel hangs over the end: a partial overlap)'}
        </p>
        <p data-testid="c1-output">
          {name} = ({shown})
        </p>
      </div>
    </WidgetFrame>
  );
}
