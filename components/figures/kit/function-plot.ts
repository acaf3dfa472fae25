// A linear scale and an SVG path sampled from a function, for the figures of chapters 1 and 2.
// Pure functions, no React.

export interface Scale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/** The affine map taking [d0, d1] onto [r0, r1] (r0 > r1 is fine: SVG's y axis points down). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const s = ((v: number) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0)) as Scale;
  s.domain = domain;
  s.range = range;
  return s;
}

/** Rounds SVG coordinates to 0.1 units: plenty for a 640-unit drawing, and a short path string. */
export const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * An SVG path for y = f(x), sampled at n + 1 points over `domain` (by default the x scale's
 * domain). Points where f is not finite are skipped and start a new sub-path. Draw a function with a
 * jump (the Heaviside step) as one path per continuous piece.
 */
export function functionPath(
  f: (x: number) => number,
  sx: Scale,
  sy: Scale,
  n = 240,
  domain: readonly [number, number] = sx.domain,
): string {
  const [x0, x1] = domain;
  let d = '';
  let pen = false;
  for (let i = 0; i <= n; i++) {
    const x = x0 + ((x1 - x0) * i) / n;
    const y = f(x);
    if (!Number.isFinite(y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${r1(sx(x))},${r1(sy(y))}`;
    pen = true;
  }
  return d;
}

export const logistic = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
