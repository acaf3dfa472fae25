// One 8×8 digit, ink darkness proportional to the pixel value 0..16, in the text colour so it
// reads in light and dark mode.
interface DigitImageProps {
  pixels: ArrayLike<number>;
  size?: number;
  /** What the image shows, for screen readers; empty when the text beside it already says it. */
  label: string;
}

export function DigitImage({ pixels, size = 48, label }: DigitImageProps) {
  const cells = [];
  for (let k = 0; k < 64; k++) {
    if (pixels[k] > 0) cells.push(<rect key={k} x={k % 8} y={Math.floor(k / 8)} width={1.02} height={1.02} fill="var(--fg)" fillOpacity={pixels[k] / 16} />);
  }
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 8 8"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
      style={{ display: 'block', background: 'var(--bg)', border: '1px solid var(--border)' }}>
      {cells}
    </svg>
  );
}
