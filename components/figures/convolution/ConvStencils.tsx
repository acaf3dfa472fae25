// The central-difference stencil and the 5-point Laplacian, drawn on grid points with their weights.

const GAP = 78;

function Point({ x, y, weight, active }: { x: number; y: number; weight: string; active: boolean }) {
  return (
    <g>
      <circle
        cx={x}
        cy={y}
        r={active ? 10 : 6}
        fill={active ? 'var(--accent)' : 'var(--bg-soft)'}
        stroke={active ? 'var(--accent)' : 'var(--fg-muted)'}
        strokeWidth={1.5}
      />
      <text x={x} y={y - 20} textAnchor="middle" fontSize={16} fontWeight={active ? 700 : 400} fill={active ? 'var(--fg)' : 'var(--fg-muted)'}>
        {weight}
      </text>
    </g>
  );
}

export function ConvStencils() {
  // Left panel: 1-D grid with points i−1, i, i+1.
  const lx = 40;
  const ly = 150;
  const oneD = [
    { label: 'i − 1', weight: '−1/(2h)', active: true },
    { label: 'i', weight: '0', active: false },
    { label: 'i + 1', weight: '+1/(2h)', active: true },
  ];
  // Right panel: 3×3 grid centred at (cx, cy).
  const cx = 520;
  const cy = 150;
  const lap = [
    ['0', '1', '0'],
    ['1', '−4', '1'],
    ['0', '1', '0'],
  ];
  return (
    <svg viewBox="0 0 680 300" role="img" aria-labelledby="stencils-title stencils-desc" width="680">
      <title id="stencils-title">Finite-difference stencils</title>
      <desc id="stencils-desc">
        Left: three grid points in a row, labelled i − 1, i and i + 1, with weights −1 over 2h, 0 and +1 over 2h: the
        central difference for the first derivative. Right: a 3 by 3 block of grid points; the centre has weight −4, the
        four points above, below, left and right have weight 1, and the four diagonal points have weight 0, all divided by
        h squared: the 5-point Laplacian.
      </desc>
      <text x={lx + GAP + 40} y={30} textAnchor="middle" fontSize={17} fontWeight={700} fill="var(--fg)">∂φ/∂x, central difference</text>
      <line x1={lx - 20} x2={lx + 2 * GAP + 100} y1={ly} y2={ly} stroke="var(--border)" strokeWidth={2} />
      {oneD.map((p, k) => (
        <g key={p.label}>
          <Point x={lx + 40 + k * GAP} y={ly} weight={p.weight} active={p.active} />
          <text x={lx + 40 + k * GAP} y={ly + 34} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">{p.label}</text>
        </g>
      ))}
      <text x={lx + GAP + 40} y={ly + 80} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">grid spacing h</text>
      <line x1={lx + 40} x2={lx + 40 + GAP} y1={ly + 56} y2={ly + 56} stroke="var(--fg-muted)" strokeWidth={1.5} />
      <line x1={lx + 40} x2={lx + 40} y1={ly + 50} y2={ly + 62} stroke="var(--fg-muted)" strokeWidth={1.5} />
      <line x1={lx + 40 + GAP} x2={lx + 40 + GAP} y1={ly + 50} y2={ly + 62} stroke="var(--fg-muted)" strokeWidth={1.5} />

      <text x={cx} y={30} textAnchor="middle" fontSize={17} fontWeight={700} fill="var(--fg)">Δ T, 5-point stencil (× 1/h²)</text>
      {[-1, 0, 1].map((r) => (
        <line key={`h${r}`} x1={cx - GAP - 30} x2={cx + GAP + 30} y1={cy + r * GAP * 0.8 + 20} y2={cy + r * GAP * 0.8 + 20} stroke="var(--border)" strokeWidth={1.5} />
      ))}
      {[-1, 0, 1].map((c) => (
        <line key={`v${c}`} x1={cx + c * GAP} x2={cx + c * GAP} y1={cy - GAP * 0.8 - 10} y2={cy + GAP * 0.8 + 45} stroke="var(--border)" strokeWidth={1.5} />
      ))}
      {lap.map((row, r) =>
        row.map((w, c) => (
          <Point key={`${r}-${c}`} x={cx + (c - 1) * GAP} y={cy + (r - 1) * GAP * 0.8 + 20} weight={w} active={w !== '0'} />
        )),
      )}
    </svg>
  );
}
