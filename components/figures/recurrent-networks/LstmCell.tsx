// One LSTM cell: the cell state C runs along the top, changed only by a multiplication (forget
// gate) and an addition (new content); four small layers read [h_(t−1), x_t] from the bus below.
import { ArrowMarker, Label, MathLabel } from '../kit/labels';

const ID = 'lstm-cell';
const CELL_Y = 84;
const GATE_Y = 238;
const BUS_Y = 318;
const GATE_W = 78;
const GATE_H = 50;

function Gate({ cx, fn, name, stroke }: { cx: number; fn: string; name: string; stroke: string }) {
  return (
    <g>
      <rect x={cx - GATE_W / 2} y={GATE_Y - GATE_H / 2} width={GATE_W} height={GATE_H} rx={6} fill="var(--bg)" stroke={stroke} strokeWidth={2.5} />
      <text x={cx} y={GATE_Y - 1} textAnchor="middle" fontSize={22} fill="var(--fg)" fontFamily="KaTeX_Main, 'Times New Roman', serif" fontStyle={fn === 'σ' ? 'italic' : 'normal'}>
        {fn}
      </text>
      <Label x={cx} y={GATE_Y + 19} size={15} fill="var(--fg-muted)">
        {name}
      </Label>
    </g>
  );
}

function Op({ cx, cy, symbol }: { cx: number; cy: number; symbol: '×' | '+' }) {
  return (
    <g>
      <circle cx={cx} cy={cy} r={15} fill="var(--bg)" stroke="var(--fg)" strokeWidth={2} />
      <text x={cx} y={cy + 8} textAnchor="middle" fontSize={24} fill="var(--fg)">
        {symbol}
      </text>
    </g>
  );
}

export function LstmCell() {
  const arrow = `url(#${ID}-arrow)`;
  const cellArrow = `url(#${ID}-cell)`;
  const line = { stroke: 'var(--fg-muted)', strokeWidth: 2, fill: 'none' } as const;
  const xF = 200;
  const xI = 292;
  const xC = 384;
  const xO = 476;
  const xIn = 338;
  const xOut = 566;
  return (
    <svg viewBox="0 0 680 410" role="img" aria-labelledby={`${ID}-title ${ID}-desc`}>
      <title id={`${ID}-title`}>An LSTM cell</title>
      <desc id={`${ID}-desc`}>
        The cell state C from the previous step enters at the top left and runs straight across the cell. It is first
        multiplied element by element by the forget gate f, then the product of the input gate i and the candidate C tilde
        is added, giving the new cell state C_t, which leaves at the top right. Below, the previous hidden state h and the
        input x are joined on a bus that feeds four layers: three logistic sigmoids (forget gate f, input gate i, output
        gate o) and one tanh layer (candidate C tilde). The new cell state also passes through tanh and is multiplied by
        the output gate o to give the new hidden state h_t, which leaves at the right, towards the output layer and the next time step.
      </desc>
      <defs>
        <ArrowMarker id={`${ID}-arrow`} color="var(--fg-muted)" />
        <ArrowMarker id={`${ID}-cell`} color="var(--c-blue)" />
      </defs>

      <rect x={96} y={40} width={520} height={300} rx={18} fill="var(--bg-soft)" stroke="var(--border)" strokeWidth={2} />

      {/* Cell state: the straight road along the top */}
      <line x1={20} y1={CELL_Y} x2={xF - 14} y2={CELL_Y} stroke="var(--c-blue)" strokeWidth={4} />
      <line x1={xF + 14} y1={CELL_Y} x2={xIn - 14} y2={CELL_Y} stroke="var(--c-blue)" strokeWidth={4} />
      <line x1={xIn + 14} y1={CELL_Y} x2={664} y2={CELL_Y} stroke="var(--c-blue)" strokeWidth={4} markerEnd={cellArrow} />
      <MathLabel x={22} y={CELL_Y - 14} base="C" sub="t−1" bold anchor="start" size={24} />
      <MathLabel x={612} y={CELL_Y - 14} base="C" sub="t" bold size={24} />

      {/* Input bus: h_(t−1) from the left, x_t from below */}
      <polyline points={`20,${BUS_Y} ${xO},${BUS_Y} ${xO},${GATE_Y + GATE_H / 2 + 2}`} {...line} markerEnd={arrow} />
      <line x1={130} y1={400} x2={130} y2={BUS_Y} {...line} />
      <circle cx={130} cy={BUS_Y} r={4} fill="var(--fg-muted)" />
      <MathLabel x={22} y={BUS_Y + 30} base="h" sub="t−1" bold anchor="start" size={24} />
      <MathLabel x={146} y={394} base="x" sub="t" bold anchor="start" size={24} />
      {[xF, xI, xC].map((x) => (
        <line key={x} x1={x} y1={BUS_Y} x2={x} y2={GATE_Y + GATE_H / 2 + 2} {...line} markerEnd={arrow} />
      ))}

      {/* Forget gate → multiply the old cell state */}
      <line x1={xF} y1={GATE_Y - GATE_H / 2} x2={xF} y2={CELL_Y + 16} {...line} markerEnd={arrow} />
      <MathLabel x={xF + 10} y={170} base="f" sub="t" bold anchor="start" size={23} />
      <Op cx={xF} cy={CELL_Y} symbol="×" />

      {/* Input gate × candidate → add to the cell state */}
      <polyline points={`${xI},${GATE_Y - GATE_H / 2} ${xI},168 ${xIn - 16},168`} {...line} markerEnd={arrow} />
      <polyline points={`${xC},${GATE_Y - GATE_H / 2} ${xC},168 ${xIn + 16},168`} {...line} markerEnd={arrow} />
      <MathLabel x={xI - 8} y={205} base="i" sub="t" bold anchor="end" size={23} />
      <MathLabel x={xC + 8} y={205} base="C̃" sub="t" bold anchor="start" size={23} />
      <Op cx={xIn} cy={168} symbol="×" />
      <line x1={xIn} y1={154} x2={xIn} y2={CELL_Y + 16} {...line} markerEnd={arrow} />
      <Op cx={xIn} cy={CELL_Y} symbol="+" />

      {/* Output: tanh of the new cell state, gated by o_t */}
      <line x1={xOut} y1={CELL_Y} x2={xOut} y2={136} {...line} markerEnd={arrow} />
      <circle cx={xOut} cy={CELL_Y} r={4} fill="var(--c-blue)" />
      <rect x={xOut - 30} y={138} width={60} height={30} rx={15} fill="var(--bg)" stroke="var(--c-green)" strokeWidth={2.5} />
      <text x={xOut} y={159} textAnchor="middle" fontSize={18} fill="var(--fg)" fontFamily="KaTeX_Main, 'Times New Roman', serif">
        tanh
      </text>
      <line x1={xOut} y1={168} x2={xOut} y2={GATE_Y - 16} {...line} markerEnd={arrow} />
      <line x1={xO + GATE_W / 2} y1={GATE_Y} x2={xOut - 16} y2={GATE_Y} {...line} markerEnd={arrow} />
      <MathLabel x={xO + GATE_W / 2 + 4} y={GATE_Y - 10} base="o" sub="t" bold anchor="start" size={23} />
      <Op cx={xOut} cy={GATE_Y} symbol="×" />
      <polyline points={`${xOut},${GATE_Y + 14} ${xOut},${BUS_Y} 664,${BUS_Y}`} {...line} markerEnd={arrow} />
      <MathLabel x={640} y={BUS_Y + 32} base="h" sub="t" bold size={24} />

      <Gate cx={xF} fn="σ" name="forget" stroke="var(--c-vermillion)" />
      <Gate cx={xI} fn="σ" name="input" stroke="var(--c-orange)" />
      <Gate cx={xC} fn="tanh" name="candidate" stroke="var(--c-green)" />
      <Gate cx={xO} fn="σ" name="output" stroke="var(--c-purple)" />
    </svg>
  );
}
