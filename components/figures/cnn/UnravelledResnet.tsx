// Three residual blocks, y_i = y_{i−1} + f_i(y_{i−1}), and the same network unravelled into its
// 2³ = 8 paths: each path either goes through block i or takes its shortcut.
import { ArrowHead } from './parts';

const BLOCK = 'color-mix(in srgb, var(--c-blue) 30%, var(--bg))';
const SUBSCRIPTS = ['₀', '₁', '₂', '₃'];

/** The eight paths as "which blocks are used", ordered by length. */
const PATHS: readonly (readonly boolean[])[] = [
  [false, false, false],
  [true, false, false],
  [false, true, false],
  [false, false, true],
  [true, true, false],
  [true, false, true],
  [false, true, true],
  [true, true, true],
];

const ARROW = 'url(#fig-cnn-unravel-arrow)';

function Chain() {
  const y = 92;
  const blocks = [52, 192, 332];
  const sums = [150, 290, 430];
  const starts = [20, sums[0], sums[1]];
  return (
    <g>
      <circle cx={starts[0]} cy={y} r={7} fill="var(--fg)" />
      {blocks.map((bx, i) => (
        <g key={bx}>
          <line x1={starts[i] + (i === 0 ? 7 : 16)} y1={y} x2={bx} y2={y} stroke="var(--fg-muted)" strokeWidth={1.8} />
          <rect x={bx} y={y - 20} width={60} height={40} rx={6} fill={BLOCK} stroke="var(--fg-muted)" />
          <text x={bx + 30} y={y} dominantBaseline="central" textAnchor="middle" fontSize={20} fontStyle="italic" fill="var(--fg)">
            {`f${SUBSCRIPTS[i + 1]}`}
          </text>
          <line x1={bx + 60} y1={y} x2={sums[i] - 17} y2={y} stroke="var(--fg-muted)" strokeWidth={1.8} markerEnd={ARROW} />
          {/* The shortcut arc over block i. */}
          <path
            d={`M${starts[i]},${y - 12} C${starts[i] + 24},${y - 70} ${sums[i] - 24},${y - 70} ${sums[i]},${y - 19}`}
            fill="none"
            stroke="var(--c-vermillion)"
            strokeWidth={2.2}
            markerEnd={ARROW}
          />
          <circle cx={sums[i]} cy={y} r={16} fill="var(--bg)" stroke="var(--fg)" strokeWidth={1.6} />
          <text x={sums[i]} y={y + 1} dominantBaseline="central" textAnchor="middle" fontSize={22} fill="var(--fg)">
            +
          </text>
        </g>
      ))}
      {[starts[0], ...sums].map((x, i) => (
        <text key={x} x={x} y={y + 44} textAnchor="middle" fontSize={20} fontStyle="italic" fill="var(--fg)">
          {`y${SUBSCRIPTS[i]}`}
        </text>
      ))}
    </g>
  );
}

function Path({ used, y }: { used: readonly boolean[]; y: number }) {
  const x = 40;
  const slot = (i: number) => x + 36 + i * 80;
  const length = used.filter(Boolean).length;
  return (
    <g>
      <line x1={x} y1={y} x2={x + 290} y2={y} stroke={length === 0 ? 'var(--c-vermillion)' : 'var(--fg-muted)'} strokeWidth={2.2} />
      <circle cx={x} cy={y} r={5} fill="var(--fg)" />
      <circle cx={x + 290} cy={y} r={5} fill="var(--fg)" />
      {used.map((u, i) =>
        u ? (
          <g key={i}>
            <rect x={slot(i)} y={y - 16} width={64} height={32} rx={5} fill={BLOCK} stroke="var(--fg-muted)" />
            <text x={slot(i) + 32} y={y} dominantBaseline="central" textAnchor="middle" fontSize={19} fontStyle="italic" fill="var(--fg)">
              {`f${SUBSCRIPTS[i + 1]}`}
            </text>
          </g>
        ) : (
          <rect key={i} x={slot(i)} y={y - 16} width={64} height={32} rx={5} fill="none" stroke="var(--border)" strokeDasharray="4 3" />
        ),
      )}
      <text x={x + 306} y={y} dominantBaseline="central" fontSize={17} fill="var(--fg-muted)">
        {`length ${length}`}
      </text>
    </g>
  );
}

export function UnravelledResnet() {
  let previous = 0;
  let gap = 0;
  const rows = PATHS.map((used, k) => {
    const length = used.filter(Boolean).length;
    if (length !== previous) gap += 12;
    previous = length;
    return { used, y: 222 + k * 42 + gap };
  });
  return (
    <svg viewBox="0 0 480 610" width={480} role="img" aria-labelledby="fig-cnn-unravel-title fig-cnn-unravel-desc">
      <title id="fig-cnn-unravel-title">Three residual blocks and their eight paths</title>
      <desc id="fig-cnn-unravel-desc">
        Top: a chain of three residual blocks f1, f2, f3. Each block has a shortcut arc around it, and an addition node
        after it, so y1 = y0 + f1(y0), and so on up to y3. Below: the same network unravelled into 8 paths from y0 to
        y3. Each path either passes through a block or skips it. One path skips all three blocks, three paths use one
        block, three use two, and one path uses all three.
      </desc>
      <defs>
        <ArrowHead id="fig-cnn-unravel-arrow" />
      </defs>
      <Chain />
      <text x={240} y={184} textAnchor="middle" fontSize={18} fontWeight={700} fill="var(--fg)">
        unravelled: 2 × 2 × 2 = 8 paths
      </text>
      {rows.map(({ used, y }, k) => (
        <Path key={k} used={used} y={y} />
      ))}
      <text x={240} y={596} textAnchor="middle" fontSize={17} fill="var(--fg-muted)">
        lengths 0, 1, 2, 3: 1, 3, 3 and 1 paths
      </text>
    </svg>
  );
}
