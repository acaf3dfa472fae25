// Four typical loss curves, drawn from simple formulas (illustrations, not measurements): a healthy
// run, a learning rate that is too large, one that is too small, and overfitting. Solid lines are
// the training loss, dashed lines the validation loss.

const PANEL = { width: 320, height: 200 };
const PLOT = { left: 40, right: 305, top: 40, bottom: 170 };
const EPOCHS = 60;
const LOSS_MAX = 2.5;

interface Curve {
  loss: (epoch: number) => number;
  dashed?: boolean;
}

// A deterministic wobble standing in for minibatch noise.
const wobble = (e: number, size: number): number => size * (Math.sin(2.3 * e) + 0.6 * Math.sin(5.1 * e + 1));

const PANELS: { title: string; verdict: string; curves: Curve[] }[] = [
  {
    title: '(a) healthy',
    verdict: 'drops fast, then flattens',
    curves: [{ loss: (e) => 0.12 + 2.1 * Math.exp(-e / 9) + wobble(e, 0.015) }, { loss: (e) => 0.2 + 2.1 * Math.exp(-e / 9), dashed: true }],
  },
  {
    title: '(b) η too large',
    verdict: 'jumps around, may blow up',
    curves: [{ loss: (e) => Math.min(2.45, 1.3 + 0.35 * Math.sin(1.7 * e) + wobble(e, 0.2) + 0.012 * e) }],
  },
  {
    title: '(c) η too small',
    verdict: 'not flat: still learning',
    curves: [{ loss: (e) => 2.3 - 0.018 * e + wobble(e, 0.01) }, { loss: (e) => 2.35 - 0.017 * e, dashed: true }],
  },
  {
    title: '(d) overfitting',
    verdict: 'validation turns back up',
    curves: [
      { loss: (e) => 0.03 + 2.1 * Math.exp(-e / 8) + wobble(e, 0.01) },
      { loss: (e) => 0.35 + 2.0 * Math.exp(-e / 7) + 0.016 * Math.max(0, e - 18), dashed: true },
    ],
  },
];

const px = (e: number): number => PLOT.left + (e / EPOCHS) * (PLOT.right - PLOT.left);
const py = (v: number): number => PLOT.bottom - (Math.max(0, Math.min(LOSS_MAX, v)) / LOSS_MAX) * (PLOT.bottom - PLOT.top);

function path(loss: (e: number) => number): string {
  return Array.from({ length: 121 }, (_, i) => {
    const e = (i / 120) * EPOCHS;
    return `${i === 0 ? 'M' : 'L'}${px(e).toFixed(1)},${py(loss(e)).toFixed(1)}`;
  }).join(' ');
}

export function LossCurveGallery() {
  return (
    <svg viewBox="0 0 680 500" width={680} height={500} role="img" aria-labelledby="loss-title loss-desc">
      <title id="loss-title">Four typical loss curves</title>
      <desc id="loss-desc">
        Four small plots of loss against epochs. (a) Healthy: training and validation loss drop quickly and flatten out
        close together. (b) Learning rate too large: the loss jumps up and down and creeps upward. (c) Learning rate too
        small: the loss falls slowly and steadily and is still falling at the end. (d) Overfitting: the training loss
        keeps falling while the validation loss reaches a minimum and then rises.
      </desc>
      {PANELS.map((panel, k) => {
        const ox = 10 + (k % 2) * (PANEL.width + 20);
        const oy = 10 + Math.floor(k / 2) * (PANEL.height + 30);
        return (
          <g key={panel.title} transform={`translate(${ox},${oy})`}>
            <rect x={0} y={0} width={PANEL.width} height={PANEL.height + 20} rx={8} fill="var(--bg-soft)" stroke="var(--border)" />
            <text x={12} y={27} fontSize={20} fontWeight={700} fill="var(--fg)">
              {panel.title}
            </text>
            <line x1={PLOT.left} x2={PLOT.left} y1={PLOT.top} y2={PLOT.bottom} stroke="var(--fg-muted)" />
            <line x1={PLOT.left} x2={PLOT.right} y1={PLOT.bottom} y2={PLOT.bottom} stroke="var(--fg-muted)" />
            <text x={PLOT.left - 8} y={PLOT.top + 8} textAnchor="end" fontSize={16} fill="var(--fg-muted)">
              loss
            </text>
            <text x={PLOT.right} y={PLOT.bottom + 18} textAnchor="end" fontSize={16} fill="var(--fg-muted)">
              epochs →
            </text>
            {panel.curves.map((c, i) => (
              <path
                key={i}
                d={path(c.loss)}
                fill="none"
                stroke={c.dashed ? 'var(--c-vermillion)' : 'var(--c-blue)'}
                strokeWidth={2.5}
                strokeDasharray={c.dashed ? '8 5' : undefined}
              />
            ))}
            <text x={PLOT.left - 28} y={PLOT.bottom + 42} fontSize={18} fill="var(--fg)">
              {panel.verdict}
            </text>
          </g>
        );
      })}
      <line x1={150} x2={195} y1={484} y2={484} stroke="var(--c-blue)" strokeWidth={3} />
      <text x={203} y={484} dy="0.35em" fontSize={19} fill="var(--fg)">
        training loss
      </text>
      <line x1={360} x2={405} y1={484} y2={484} stroke="var(--c-vermillion)" strokeWidth={3} strokeDasharray="8 5" />
      <text x={413} y={484} dy="0.35em" fontSize={19} fill="var(--fg)">
        validation loss
      </text>
    </svg>
  );
}
