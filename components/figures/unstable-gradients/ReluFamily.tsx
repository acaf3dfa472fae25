import { FigureSvg, linearScale, polyline, sampleCurve } from '../kit/plot-svg';

const W = 680;
const H = 600;
const LEAK = 0.1; // drawn with slope 0.1 (the value in the 004 slides) so the leak is visible

const CURVES = [
  { name: 'ReLU', f: (z: number) => Math.max(0, z), df: (z: number) => (z > 0 ? 1 : 0), color: 'var(--c-blue)', dash: undefined },
  { name: 'leaky ReLU (α = 0.1)', f: (z: number) => (z > 0 ? z : LEAK * z), df: (z: number) => (z > 0 ? 1 : LEAK), color: 'var(--c-orange)', dash: '9 5' },
  { name: 'ELU (α = 1)', f: (z: number) => (z > 0 ? z : Math.expm1(z)), df: (z: number) => (z > 0 ? 1 : Math.exp(z)), color: 'var(--c-green)', dash: '2 5' },
] as const;

interface PanelProps {
  top: number;
  height: number;
  yRange: readonly [number, number];
  yTicks: readonly number[];
  title: string;
  pick: 'f' | 'df';
}

function Panel({ top, height, yRange, yTicks, title, pick }: PanelProps) {
  const plot = { left: 56, right: W - 24, top, bottom: top + height };
  const x = linearScale(-3, 2.5, plot.left, plot.right);
  const y = linearScale(yRange[0], yRange[1], plot.bottom, plot.top);
  return (
    <g>
      <text x={plot.left} y={top - 10} fontSize={16} fontWeight={700}>{title}</text>
      {pick === 'df' && (
        <>
          <rect x={plot.left} y={plot.top} width={x(0) - plot.left} height={plot.bottom - plot.top} fill="var(--c-vermillion)" fillOpacity={0.1} />
          <text x={x(-1.8)} y={y(0.9)} textAnchor="middle" fontSize={16} fill="var(--c-vermillion)">ReLU gradient is 0 here:</text>
          <text x={x(-1.8)} y={y(0.9) + 21} textAnchor="middle" fontSize={16} fill="var(--c-vermillion)">a unit stuck here is dead</text>
        </>
      )}
      {yTicks.map((t) => (
        <g key={t}>
          <line x1={plot.left} x2={plot.right} y1={y(t)} y2={y(t)} stroke={t === 0 ? 'var(--fg-muted)' : 'var(--border)'} strokeWidth={1} />
          <text x={plot.left - 6} y={y(t) + 5} textAnchor="end" fontSize={16} fill="var(--fg-muted)">{t}</text>
        </g>
      ))}
      {[-3, -2, -1, 0, 1, 2].map((t) => (
        <text key={t} x={x(t)} y={plot.bottom + 20} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">{t}</text>
      ))}
      <line x1={x(0)} x2={x(0)} y1={plot.top} y2={plot.bottom} stroke="var(--fg-muted)" strokeWidth={1} />
      {CURVES.map((c, i) => {
        const fn = pick === 'f' ? c.f : c.df;
        // Derivatives jump at 0: draw each side separately so the step is not a slanted line.
        const left = sampleCurve(fn, -3, -1e-9, 150).map(([a, b]) => [x(a), y(b) + (pick === 'df' ? i * 2 - 2 : 0)] as [number, number]);
        const right = sampleCurve(fn, 1e-9, 2.5, 100).map(([a, b]) => [x(a), y(b) + (pick === 'df' ? i * 2 - 2 : 0)] as [number, number]);
        const d = pick === 'f' ? polyline([...left, ...right]) : `${polyline(left)}${polyline(right)}`;
        return <path key={c.name} d={d} fill="none" stroke={c.color} strokeWidth={3} strokeDasharray={c.dash} />;
      })}
    </g>
  );
}

/** ReLU, leaky ReLU and ELU, and their derivatives, with the region where ReLU passes no gradient. */
export function ReluFamily() {
  return (
    <FigureSvg
      id="fig-relu-family"
      width={W}
      height={H}
      title="ReLU, leaky ReLU and ELU with their derivatives"
      desc="Top panel: the three functions on z from minus 3 to 2.5. All equal z for positive z. For negative z, ReLU is 0, leaky ReLU is 0.1 z, a shallow line, and ELU is e to the z minus 1, which levels off at minus 1. Bottom panel: the derivatives. All are 1 for positive z. For negative z the ReLU derivative is 0, shaded as the region where a unit is dead; the leaky ReLU derivative is 0.1; the ELU derivative is e to the z, which decays smoothly and equals 1 at z equals 0."
    >
      <Panel top={36} height={220} yRange={[-1.2, 2.6]} yTicks={[-1, 0, 1, 2]} title="activation f(z)" pick="f" />
      <Panel top={330} height={180} yRange={[-0.15, 1.2]} yTicks={[0, 0.5, 1]} title="derivative f′(z)" pick="df" />
      {CURVES.map((c, i) => (
        <g key={c.name} transform={`translate(${56 + i * 210}, ${H - 30})`}>
          <line x1={0} x2={34} y1={0} y2={0} stroke={c.color} strokeWidth={3} strokeDasharray={c.dash} />
          <text x={42} y={6} fontSize={16}>{c.name}</text>
        </g>
      ))}
    </FigureSvg>
  );
}
