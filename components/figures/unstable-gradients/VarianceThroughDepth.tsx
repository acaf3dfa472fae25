import { forwardVariances, type MeanFieldActivation } from './mean-field';
import { FigureSvg, linearScale, logScale, polyline, powerOfTen } from '../kit/plot-svg';

const W = 680;
const H = 640;
const WIDTH = 64;
const DEPTH = 10;

const INITS = [
  { name: 'N(0, 1)', variance: 1, color: 'var(--c-vermillion)', dash: undefined, marker: 'circle' },
  { name: 'Glorot', variance: 2 / (WIDTH + WIDTH), color: 'var(--c-blue)', dash: '8 5', marker: 'square' },
  { name: 'He', variance: 2 / WIDTH, color: 'var(--c-green)', dash: '2 4', marker: 'triangle' },
] as const;

function Marker({ kind, cx, cy, color }: { kind: string; cx: number; cy: number; color: string }) {
  if (kind === 'circle') return <circle cx={cx} cy={cy} r={5} fill={color} />;
  if (kind === 'square') return <rect x={cx - 5} y={cy - 5} width={10} height={10} fill={color} />;
  return <path d={`M${cx},${cy - 6} L${cx + 6},${cy + 5} L${cx - 6},${cy + 5} z`} fill={color} />;
}

interface PanelProps {
  act: MeanFieldActivation;
  label: string;
  top: number;
  height: number;
  exponents: readonly [number, number];
  tickStep: number;
}

function Panel({ act, label, top, height, exponents, tickStep }: PanelProps) {
  const plot = { left: 70, right: W - 130, top, bottom: top + height };
  const x = linearScale(1, DEPTH, plot.left + 10, plot.right - 10);
  const y = logScale(10 ** exponents[0], 10 ** exponents[1], plot.bottom, plot.top);
  const ticks: number[] = [];
  for (let e = exponents[0]; e <= exponents[1]; e += tickStep) ticks.push(e);
  return (
    <g>
      <text x={plot.left} y={top - 12} fontSize={17} fontWeight={700}>{label}: variance of zˡ</text>
      {ticks.map((e) => (
        <g key={e}>
          <line x1={plot.left} x2={plot.right} y1={y(10 ** e)} y2={y(10 ** e)} stroke={e === 0 ? 'var(--fg-muted)' : 'var(--border)'} strokeWidth={1} />
          <text x={plot.left - 8} y={y(10 ** e) + 5} textAnchor="end" fontSize={16} fill="var(--fg-muted)">{powerOfTen(e)}</text>
        </g>
      ))}
      {Array.from({ length: DEPTH }, (_, i) => (
        <text key={i} x={x(i + 1)} y={plot.bottom + 20} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">{i + 1}</text>
      ))}
      {INITS.map((init) => {
        const v = forwardVariances(act, WIDTH, init.variance, DEPTH);
        const pts = v.map((q, i) => [x(i + 1), y(q)] as [number, number]);
        const last = pts[pts.length - 1];
        return (
          <g key={init.name}>
            <path d={polyline(pts)} fill="none" stroke={init.color} strokeWidth={2.5} strokeDasharray={init.dash} />
            {pts.map(([px, py], i) => <Marker key={i} kind={init.marker} cx={px} cy={py} color={init.color} />)}
            <text x={last[0] + 14} y={last[1] + 6} fontSize={17} fill={init.color}>{init.name}</text>
          </g>
        );
      })}
    </g>
  );
}

/** Var(z^l) through ten layers of width 64, for ReLU and tanh under three initializations. */
export function VarianceThroughDepth() {
  return (
    <FigureSvg
      id="fig-variance-depth"
      width={W}
      height={H}
      title="Variance of the pre-activations through ten layers of width 64"
      desc="Two panels with a logarithmic vertical axis and layers 1 to 10 horizontally. ReLU: with N(0,1) weights the variance grows by a factor 32 per layer, from 64 to about 2 times 10 to the 15; with Glorot weights it halves each layer, from 1 to about 0.002; with He weights it stays at 2. Tanh: with N(0,1) weights it stays near 57, saturated; with Glorot weights it decays slowly from 1 to about 0.06; with He weights it settles near 0.6."
    >
      <Panel act="relu" label="ReLU" top={40} height={250} exponents={[-3, 16]} tickStep={3} />
      <Panel act="tanh" label="tanh" top={360} height={210} exponents={[-2, 2]} tickStep={1} />
      <text x={(70 + W - 130) / 2} y={H - 14} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">layer l</text>
    </FigureSvg>
  );
}
