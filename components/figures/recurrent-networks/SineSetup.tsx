// The data of the RNN sine experiment: y_k = sin(k/T) with T = 20 for k = 0 … 1499. The first
// 1000 samples are the sequence the network reads; the last 500 are the steps it must generate by
// feeding its own outputs back. One period is 2πT ≈ 125.7 samples, not 20.
import { ArrowMarker, Label } from '../kit/labels';

const T = 20;
const LEFT = 50;
const RIGHT = 665;
const TOP = 40;
const HEIGHT = 150;
const K_MAX = 1500;

const sx = (k: number) => LEFT + (k / K_MAX) * (RIGHT - LEFT);
const sy = (y: number) => TOP + ((1 - y) / 2) * HEIGHT;

function path(from: number, to: number): string {
  let d = '';
  for (let k = from; k <= to; k++) d += `${k === from ? 'M' : 'L'}${sx(k).toFixed(2)},${sy(Math.sin(k / T)).toFixed(2)}`;
  return d;
}

export function SineSetup() {
  // Two neighbouring maxima of sin(k/20): k = 20(π/2) and k = 20(π/2 + 2π).
  const peak1 = T * (Math.PI / 2);
  const peak2 = T * (Math.PI / 2 + 2 * Math.PI);
  return (
    <svg viewBox="0 0 680 270" role="img" aria-labelledby="sine-setup-title sine-setup-desc">
      <title id="sine-setup-title">The sine experiment: 1000 samples read, 500 generated</title>
      <desc id="sine-setup-desc">
        A sine wave y = sin(k/20) plotted for sample index k from 0 to 1500. The part from 0 to 999 is drawn solid and
        labelled as the sequence the network reads, one true value per step. The part from 1000 to 1499 is drawn dashed and
        labelled as the 500 steps the network generates from its own outputs. A bracket between two neighbouring maxima
        marks one period of about 125.7 samples.
      </desc>
      <defs>
        <ArrowMarker id="sine-setup-arrow" color="var(--fg-muted)" />
      </defs>
      <rect x={sx(1000)} y={TOP} width={sx(1500) - sx(1000)} height={HEIGHT} fill="var(--bg-soft)" />
      <line x1={LEFT} y1={sy(0)} x2={RIGHT} y2={sy(0)} stroke="var(--grid)" />
      <line x1={LEFT} y1={TOP} x2={LEFT} y2={TOP + HEIGHT} stroke="var(--border)" />
      <line x1={sx(1000)} y1={TOP - 8} x2={sx(1000)} y2={TOP + HEIGHT} stroke="var(--fg-muted)" strokeDasharray="3 3" />
      <path d={path(0, 999)} fill="none" stroke="var(--c-blue)" strokeWidth={2.2} />
      <path d={path(1000, 1499)} fill="none" stroke="var(--c-vermillion)" strokeWidth={2.2} strokeDasharray="7 4" />
      {/* One period */}
      <line x1={sx(peak1)} y1={sy(1) - 10} x2={sx(peak2)} y2={sy(1) - 10} stroke="var(--fg-muted)" strokeWidth={1.5} markerStart="url(#sine-setup-arrow)" markerEnd="url(#sine-setup-arrow)" />
      <Label x={sx(peak1) - 4} y={sy(1) - 18} anchor="start" size={14} fill="var(--fg-muted)">
        one period: 2π·20 ≈ 125.7 samples
      </Label>
      {[-1, 0, 1].map((v) => (
        <Label key={v} x={LEFT - 8} y={sy(v) + 5} anchor="end" size={14} fill="var(--fg-muted)">
          {v === -1 ? '−1' : String(v)}
        </Label>
      ))}
      {[0, 500, 1000, 1500].map((k) => (
        <Label key={k} x={sx(k)} y={TOP + HEIGHT + 20} size={14} fill="var(--fg-muted)">
          {String(k)}
        </Label>
      ))}
      <Label x={(LEFT + RIGHT) / 2} y={TOP + HEIGHT + 40} size={15} fill="var(--fg-muted)">
        sample index k
      </Label>
      <Label x={sx(500)} y={TOP + HEIGHT + 66} size={15} weight={700} fill="var(--c-blue)">
        read: 1000 samples, true input at every step
      </Label>
      <Label x={sx(1250)} y={TOP + HEIGHT + 66} size={15} weight={700} fill="var(--c-vermillion)">
        generate: 500 steps
      </Label>
    </svg>
  );
}
