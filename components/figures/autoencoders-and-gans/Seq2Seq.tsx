// A sequence-to-sequence model: an encoder RNN reads "the black cat", its last hidden state is the
// context c, and a decoder RNN started from c writes "le chat noir ⟨eos⟩", each output fed back as
// the next input.
import { ArrowMarker, Label, MathLabel } from '../kit/labels';

const BOX = 46;
const Y_HID = 120;
const Y_IN = 215;
const Y_OUT = 32;

function Cell({ cx, stroke, base, sub }: { cx: number; stroke: string; base: string; sub: string }) {
  return (
    <g>
      <rect x={cx - BOX / 2} y={Y_HID - BOX / 2} width={BOX} height={BOX} rx={8} fill="var(--bg-soft)" stroke={stroke} strokeWidth={2.5} />
      <MathLabel x={cx - 3} y={Y_HID + 7} base={base} sub={sub} bold size={19} />
    </g>
  );
}

export function Seq2Seq() {
  const arrow = 'url(#s2s-arrow)';
  const feedback = 'url(#s2s-feedback)';
  const enc = [50, 130, 210];
  const dec = [390, 465, 540, 615];
  const source = ['the', 'black', 'cat'];
  const decIn = ['⟨bos⟩', 'le', 'chat', 'noir'];
  const decOut = ['le', 'chat', 'noir', '⟨eos⟩'];
  const line = { stroke: 'var(--fg-muted)', strokeWidth: 2 } as const;
  return (
    <svg viewBox="0 0 680 290" role="img" aria-labelledby="s2s-title s2s-desc">
      <title id="s2s-title">A sequence-to-sequence model translating “the black cat”</title>
      <desc id="s2s-desc">
        Left: an encoder RNN of three steps reads the words the, black, cat. Its last hidden state is passed as the context
        vector c to the right. Right: a decoder RNN of four steps starts from c. Its first input is a begin-of-sequence
        token; it outputs le, chat, noir and an end-of-sequence token, and each output is fed back as the next step's input
        (dashed arrows).
      </desc>
      <defs>
        <ArrowMarker id="s2s-arrow" color="var(--fg-muted)" />
        <ArrowMarker id="s2s-feedback" color="var(--c-vermillion)" />
      </defs>
      <Label x={130} y={278} size={16} weight={700}>
        encoder
      </Label>
      <Label x={502} y={278} size={16} weight={700}>
        decoder
      </Label>
      {enc.map((x, i) => (
        <g key={`e${i}`}>
          {i > 0 && <line x1={enc[i - 1] + BOX / 2} y1={Y_HID} x2={x - BOX / 2 - 1} y2={Y_HID} {...line} markerEnd={arrow} />}
          <line x1={x} y1={Y_IN - 12} x2={x} y2={Y_HID + BOX / 2 + 2} {...line} markerEnd={arrow} />
          <Label x={x} y={Y_IN + 8} size={16}>
            {source[i]}
          </Label>
          <Cell cx={x} stroke="var(--c-green)" base="h" sub={String(i + 1)} />
        </g>
      ))}
      {/* The context vector */}
      <line x1={enc[2] + BOX / 2} y1={Y_HID} x2={282} y2={Y_HID} {...line} />
      <circle cx={300} cy={Y_HID} r={18} fill="var(--bg)" stroke="var(--c-orange)" strokeWidth={3} />
      <MathLabel x={300} y={Y_HID + 7} base="c" bold size={20} />
      <Label x={300} y={Y_HID + 44} size={14} fill="var(--fg-muted)">
        context
      </Label>
      <line x1={318} y1={Y_HID} x2={dec[0] - BOX / 2 - 1} y2={Y_HID} {...line} markerEnd={arrow} />
      {dec.map((x, i) => (
        <g key={`d${i}`}>
          {i > 0 && <line x1={dec[i - 1] + BOX / 2} y1={Y_HID} x2={x - BOX / 2 - 1} y2={Y_HID} {...line} markerEnd={arrow} />}
          <line x1={x} y1={Y_IN - 12} x2={x} y2={Y_HID + BOX / 2 + 2} {...line} markerEnd={arrow} />
          <line x1={x} y1={Y_HID - BOX / 2} x2={x} y2={Y_OUT + 10} {...line} markerEnd={arrow} />
          <Label x={x} y={Y_IN + 8} size={15} fill={i === 0 ? 'var(--fg-muted)' : 'var(--fg)'}>
            {decIn[i]}
          </Label>
          <Label x={x} y={Y_OUT} size={16} weight={700} fill="var(--c-blue)">
            {decOut[i]}
          </Label>
          <Cell cx={x} stroke="var(--c-blue)" base="s" sub={String(i + 1)} />
          {i < dec.length - 1 && (
            <path
              d={`M ${x + 14} ${Y_OUT + 6} C ${x + 40} ${Y_OUT + 30}, ${x + 30} ${Y_IN - 40}, ${dec[i + 1] - 14} ${Y_IN - 12}`}
              fill="none"
              stroke="var(--c-vermillion)"
              strokeWidth={1.8}
              strokeDasharray="5 4"
              markerEnd={feedback}
            />
          )}
        </g>
      ))}
    </svg>
  );
}
