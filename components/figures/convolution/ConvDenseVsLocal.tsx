// Dense vs convolutional connections between 7 inputs and 5 outputs (kernel width 3, shared weights).

const INPUTS = 7;
const OUTPUTS = 5;
const GAP = 40;
const R = 11;

const WEIGHTS = [
  { name: 'a', color: 'var(--c-blue)', dash: undefined },
  { name: 'b', color: 'var(--c-vermillion)', dash: '8 4' },
  { name: 'c', color: 'var(--c-green)', dash: '2 4' },
];

function Nodes({ x0, y, count, offset, fill }: { x0: number; y: number; count: number; offset: number; fill: string }) {
  return (
    <g>
      {Array.from({ length: count }, (_, k) => (
        <circle key={k} cx={x0 + (k + offset) * GAP} cy={y} r={R} fill={fill} stroke="var(--fg)" strokeWidth={1.5} />
      ))}
    </g>
  );
}

export function ConvDenseVsLocal() {
  const inY = 250;
  const outY = 90;
  const left = 50;
  const right = 390;
  const inX = (x0: number, k: number) => x0 + k * GAP;
  const outX = (x0: number, j: number) => x0 + (j + 1) * GAP;
  return (
    <svg viewBox="0 0 680 330" role="img" aria-labelledby="dense-local-title dense-local-desc" width="680">
      <title id="dense-local-title">Dense versus convolutional connections</title>
      <desc id="dense-local-desc">
        Two panels with seven input nodes at the bottom and five output nodes at the top. In the dense panel every output
        is joined to every input, 35 lines in all. In the convolutional panel each output is joined to the three inputs
        below it, and the left, middle and right connection of every output carry the same three weights a, b and c,
        drawn as solid, dashed and dotted lines.
      </desc>
      <text x={left + 3 * GAP} y={30} textAnchor="middle" fontSize={17} fontWeight={700} fill="var(--fg)">Dense</text>
      <text x={left + 3 * GAP} y={52} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">35 separate weights</text>
      <text x={right + 3 * GAP} y={30} textAnchor="middle" fontSize={17} fontWeight={700} fill="var(--fg)">Convolutional</text>
      <text x={right + 3 * GAP} y={52} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">3 shared weights a, b, c</text>

      {Array.from({ length: OUTPUTS }, (_, j) =>
        Array.from({ length: INPUTS }, (_, k) => (
          <line key={`d${j}-${k}`} x1={outX(left, j)} y1={outY + R} x2={inX(left, k)} y2={inY - R} stroke="var(--fg-muted)" strokeWidth={1} opacity={0.7} />
        )),
      )}
      {Array.from({ length: OUTPUTS }, (_, j) =>
        WEIGHTS.map((w, t) => (
          <line
            key={`c${j}-${t}`}
            x1={outX(right, j)}
            y1={outY + R}
            x2={inX(right, j + t)}
            y2={inY - R}
            stroke={w.color}
            strokeWidth={2.5}
            strokeDasharray={w.dash}
          />
        )),
      )}
      <Nodes x0={left} y={outY} count={OUTPUTS} offset={1} fill="var(--note-bg)" />
      <Nodes x0={left} y={inY} count={INPUTS} offset={0} fill="var(--bg-soft)" />
      <Nodes x0={right} y={outY} count={OUTPUTS} offset={1} fill="var(--note-bg)" />
      <Nodes x0={right} y={inY} count={INPUTS} offset={0} fill="var(--bg-soft)" />

      <text x={left + 3 * GAP} y={inY + 36} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">inputs</text>
      <text x={right + 3 * GAP} y={inY + 36} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">inputs</text>

      <g transform={`translate(${right + 20}, ${inY + 66})`}>
        {WEIGHTS.map((w, t) => (
          <g key={w.name} transform={`translate(${t * 80}, 0)`}>
            <line x1={0} x2={30} y1={0} y2={0} stroke={w.color} strokeWidth={2.5} strokeDasharray={w.dash} />
            <text x={38} y={0} dominantBaseline="central" fontSize={16} fontStyle="italic" fill="var(--fg)">{w.name}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}
