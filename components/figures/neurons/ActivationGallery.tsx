// The eight activation functions of the chapter on one page, each with its derivative, on the same
// axes (z from −4 to 4), so their shapes and slopes can be compared at a glance.
import { functionPath, linearScale, logistic, r1 } from '../kit/function-plot';
import { Label } from '../kit/symbols';

type Piece = readonly [(z: number) => number, readonly [number, number]];

interface Panel {
  title: string;
  f: readonly Piece[];
  df: readonly Piece[];
}

const Z: readonly [number, number] = [-4, 4];
const LEAK = 0.1;
const softmaxFirst = (z: number) => Math.exp(z) / (Math.exp(z) + 1 + Math.E);

const PANELS: readonly Panel[] = [
  { title: 'Heaviside step H', f: [[() => 0, [-4, 0]], [() => 1, [0, 4]]], df: [[() => 0, Z]] },
  { title: 'logistic sigmoid σ', f: [[logistic, Z]], df: [[(z) => logistic(z) * (1 - logistic(z)), Z]] },
  { title: 'tanh', f: [[Math.tanh, Z]], df: [[(z) => 1 - Math.tanh(z) ** 2, Z]] },
  { title: 'ReLU', f: [[(z) => Math.max(0, z), Z]], df: [[() => 0, [-4, 0]], [() => 1, [0, 4]]] },
  { title: `leaky ReLU, α = ${LEAK}`, f: [[(z) => (z > 0 ? z : LEAK * z), Z]], df: [[() => LEAK, [-4, 0]], [() => 1, [0, 4]]] },
  { title: 'ELU, α = 1', f: [[(z) => (z >= 0 ? z : Math.expm1(z)), Z]], df: [[(z) => (z >= 0 ? 1 : Math.exp(z)), Z]] },
  {
    title: 'maxout max(z, −0.5z − 1)',
    f: [[(z) => Math.max(z, -0.5 * z - 1), Z]],
    df: [[() => -0.5, [-4, -2 / 3]], [() => 1, [-2 / 3, 4]]],
  },
  {
    title: 'softmax s₁ of (z, 0, 1)',
    f: [[softmaxFirst, Z]],
    df: [[(z) => softmaxFirst(z) * (1 - softmaxFirst(z)), Z]],
  },
];

const PANEL_W = 300;
const PANEL_H = 170;
const TOP = 46;
const GAP_Y = 18;

function PanelPlot({ panel, x0, y0 }: { panel: Panel; x0: number; y0: number }) {
  const sx = linearScale(Z, [x0 + 14, x0 + PANEL_W - 6]);
  const sy = linearScale([-1.3, 2.3], [y0 + PANEL_H - 6, y0 + 30]);
  const clip = `clip-${panel.title.replace(/[^a-z]/gi, '')}`;
  return (
    <g>
      <clipPath id={clip}>
        <rect x={x0} y={y0 + 26} width={PANEL_W} height={PANEL_H - 26} />
      </clipPath>
      <rect x={x0} y={y0} width={PANEL_W} height={PANEL_H} rx={8} fill="var(--bg-soft)" stroke="var(--border)" />
      <Label x={x0 + 12} y={y0 + 22} size={16} fontWeight={600}>
        {panel.title}
      </Label>
      {/* axes and the line f = 1 */}
      <line x1={sx(-4)} x2={sx(4)} y1={sy(0)} y2={sy(0)} stroke="var(--fg-muted)" strokeWidth={1} />
      <line x1={sx(0)} x2={sx(0)} y1={sy(-1.3)} y2={sy(2.3)} stroke="var(--fg-muted)" strokeWidth={1} />
      <line x1={sx(-4)} x2={sx(4)} y1={sy(1)} y2={sy(1)} stroke="var(--grid)" strokeWidth={1} strokeDasharray="2 3" />
      <Label x={sx(0) - 5} y={r1(sy(1) + 5)} size={14} textAnchor="end" fill="var(--fg-muted)">
        1
      </Label>
      <g clipPath={`url(#${clip})`} fill="none">
        {panel.df.map(([g, dom], i) => (
          <path key={`d${i}`} d={functionPath(g, sx, sy, 120, dom)} stroke="var(--plot-deriv)" strokeWidth={2.5} strokeDasharray="6 4" />
        ))}
        {panel.f.map(([g, dom], i) => (
          <path key={`f${i}`} d={functionPath(g, sx, sy, 160, dom)} stroke="var(--plot-fn)" strokeWidth={3} />
        ))}
      </g>
    </g>
  );
}

export function ActivationGallery() {
  const height = TOP + 4 * PANEL_H + 3 * GAP_Y + 4;
  return (
    <svg viewBox={`0 0 640 ${height}`} role="img" aria-labelledby="fig-gallery-title fig-gallery-desc" style={{ maxWidth: 640 }}>
      <title id="fig-gallery-title">Eight activation functions and their derivatives</title>
      <desc id="fig-gallery-desc">
        Eight small plots over z from minus 4 to 4, each showing an activation function as a solid line and its
        derivative as a dashed line: Heaviside step, logistic sigmoid, tanh, ReLU, leaky ReLU with slope 0.1, ELU
        with alpha 1, a two-piece maxout, and the first softmax output. The step has derivative zero everywhere; the
        sigmoid's derivative peaks at 0.25 and tanh's at 1; the ReLU family has derivative 1 for positive z.
      </desc>
      <g>
        <line x1={150} x2={190} y1={20} y2={20} stroke="var(--plot-fn)" strokeWidth={3} />
        <Label x={198} y={26} size={16}>
          f(z)
        </Label>
        <line x1={300} x2={340} y1={20} y2={20} stroke="var(--plot-deriv)" strokeWidth={2.5} strokeDasharray="6 4" />
        <Label x={348} y={26} size={16}>
          derivative f′(z), dashed
        </Label>
      </g>
      {PANELS.map((panel, i) => (
        <PanelPlot key={panel.title} panel={panel} x0={i % 2 === 0 ? 10 : 330} y0={TOP + Math.floor(i / 2) * (PANEL_H + GAP_Y)} />
      ))}
    </svg>
  );
}
