// The recurrent layer drawn two ways: folded (one cell with a loop through W) and unrolled over
// four time steps, where it becomes a deep feed-forward network whose layers share U, W and V.
// With `backward`, dashed arrows show where backpropagation through time sends the gradient.
import { ArrowMarker, Label, MathLabel } from '../kit/labels';

const BOX = 54;

function Cell({ cx, cy, base, sub, stroke }: { cx: number; cy: number; base: string; sub?: string; stroke: string }) {
  return (
    <g>
      <rect x={cx - BOX / 2} y={cy - BOX / 2} width={BOX} height={BOX} rx={8} fill="var(--bg-soft)" stroke={stroke} strokeWidth={2.5} />
      <MathLabel x={cx - (sub ? 5 : 0)} y={cy + 8} base={base} sub={sub} bold size={24} />
    </g>
  );
}

export function UnrolledRnn({ backward = false }: { backward?: boolean }) {
  const id = backward ? 'rnn-bptt' : 'rnn-unrolled';
  const top = backward ? 60 : 0;
  const yOut = top + 45;
  const yHid = top + 160;
  const yIn = top + 275;
  const height = yIn + BOX / 2 + (backward ? 60 : 15);
  const cols = [292, 411, 530, 649];
  const fwd = `url(#${id}-fwd)`;
  const bwd = `url(#${id}-bwd)`;
  const weightLabel = (x: number, y: number, name: string) => <MathLabel x={x} y={y} base={name} bold size={20} fill="var(--fg-muted)" />;
  return (
    <svg viewBox={`0 0 680 ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{backward ? 'Backpropagation through time on the unrolled RNN' : 'A recurrent layer, folded and unrolled'}</title>
      <desc id={`${id}-desc`}>
        {backward
          ? 'The unrolled RNN over four steps with a loss on each output. Solid arrows show the forward pass. Dashed arrows show the gradient flowing backwards: from each loss into its output and hidden state, and from every hidden state back to the one before it, through the same weight matrix W each time.'
          : 'Left: one recurrent cell h with input x below (weight U), output o above (weight V) and a loop from h back to itself through W. Right: the same cell unrolled over four time steps, starting from h zero. Each hidden state h_t receives x_t through U and the previous hidden state through W, and produces o_t through V. The same U, W and V are used at every step.'}
      </desc>
      <defs>
        <ArrowMarker id={`${id}-fwd`} color="var(--fg-muted)" />
        <ArrowMarker id={`${id}-bwd`} color="var(--c-vermillion)" />
      </defs>

      {/* Folded cell */}
      <line x1={50} y1={yIn - BOX / 2} x2={50} y2={yHid + BOX / 2 + 2} stroke="var(--fg-muted)" strokeWidth={2} markerEnd={fwd} />
      <line x1={50} y1={yHid - BOX / 2} x2={50} y2={yOut + BOX / 2 + 2} stroke="var(--fg-muted)" strokeWidth={2} markerEnd={fwd} />
      <path
        d={`M ${50 + BOX / 2} ${yHid - 12} C ${125} ${yHid - 60}, ${125} ${yHid + 60}, ${50 + BOX / 2 + 2} ${yHid + 12}`}
        fill="none"
        stroke="var(--fg-muted)"
        strokeWidth={2}
        markerEnd={fwd}
      />
      {weightLabel(124, yHid + 7, 'W')}
      {weightLabel(32, (yIn + yHid) / 2 + 6, 'U')}
      {weightLabel(32, (yOut + yHid) / 2 + 6, 'V')}
      <Cell cx={50} cy={yIn} base="x" sub="t" stroke="var(--c-vermillion)" />
      <Cell cx={50} cy={yHid} base="h" sub="t" stroke="var(--c-green)" />
      <Cell cx={50} cy={yOut} base="o" sub="t" stroke="var(--c-blue)" />

      {/* Unroll arrow */}
      <Label x={170} y={yHid - 16} size={16} fill="var(--fg-muted)">
        unroll
      </Label>
      <line x1={146} y1={yHid} x2={192} y2={yHid} stroke="var(--fg)" strokeWidth={3} markerEnd={`url(#${id}-fwd)`} />

      {/* Unrolled */}
      <MathLabel x={216} y={yHid + 8} base="h" sub="0" bold size={24} />
      {cols.map((x, i) => {
        const t = String(i + 1);
        const prevRight = i === 0 ? 234 : cols[i - 1] + BOX / 2;
        return (
          <g key={t}>
            <line x1={prevRight} y1={yHid} x2={x - BOX / 2 - 1} y2={yHid} stroke="var(--fg-muted)" strokeWidth={2} markerEnd={fwd} />
            {weightLabel((prevRight + x - BOX / 2) / 2, yHid - 10, 'W')}
            <line x1={x} y1={yIn - BOX / 2} x2={x} y2={yHid + BOX / 2 + 2} stroke="var(--fg-muted)" strokeWidth={2} markerEnd={fwd} />
            <line x1={x} y1={yHid - BOX / 2} x2={x} y2={yOut + BOX / 2 + 2} stroke="var(--fg-muted)" strokeWidth={2} markerEnd={fwd} />
            {weightLabel(x - 15, (yIn + yHid) / 2 + 6, 'U')}
            {weightLabel(x - 15, (yOut + yHid) / 2 + 6, 'V')}
            <Cell cx={x} cy={yIn} base="x" sub={t} stroke="var(--c-vermillion)" />
            <Cell cx={x} cy={yHid} base="h" sub={t} stroke="var(--c-green)" />
            <Cell cx={x} cy={yOut} base="o" sub={t} stroke="var(--c-blue)" />
            {backward && (
              <>
                <MathLabel x={x + 4} y={24} base="ℓ" sub={t} size={23} fill="var(--c-vermillion)" />
                <line x1={x + 12} y1={32} x2={x + 12} y2={yOut - BOX / 2 - 2} stroke="var(--c-vermillion)" strokeWidth={2} strokeDasharray="6 4" markerEnd={bwd} />
                <line x1={x + 12} y1={yOut + BOX / 2} x2={x + 12} y2={yHid - BOX / 2 - 2} stroke="var(--c-vermillion)" strokeWidth={2} strokeDasharray="6 4" markerEnd={bwd} />
                {i > 0 && (
                  <line x1={x - BOX / 2} y1={yHid + 16} x2={prevRight + 2} y2={yHid + 16} stroke="var(--c-vermillion)" strokeWidth={2} strokeDasharray="6 4" markerEnd={bwd} />
                )}
              </>
            )}
          </g>
        );
      })}
      {backward && (
        <g>
          <line x1={60} y1={height - 22} x2={110} y2={height - 22} stroke="var(--fg-muted)" strokeWidth={2} markerEnd={fwd} />
          <Label x={120} y={height - 16} size={16} anchor="start">
            forward pass
          </Label>
          <line x1={300} y1={height - 22} x2={350} y2={height - 22} stroke="var(--c-vermillion)" strokeWidth={2} strokeDasharray="6 4" markerEnd={bwd} />
          <Label x={360} y={height - 16} size={16} anchor="start">
            gradient, backwards through time
          </Label>
        </g>
      )}
    </svg>
  );
}

/** The unrolled RNN with the backward (BPTT) gradient paths drawn in. */
export function UnrolledRnnBackward() {
  return <UnrolledRnn backward />;
}
