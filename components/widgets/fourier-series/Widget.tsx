'use client';

import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { SeriesPanel } from './SeriesPanel';
import { TheoremPanel } from './TheoremPanel';
import { schema, URL_PREFIX } from './state';
import styles from './FourierSeries.module.css';

export default function FourierSeriesWidget() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  return (
    <WidgetFrame
      id="fourier-series"
      title="Fourier series and the convolution theorem"
      hint="Add harmonics to the square wave and watch the overshoot at the jumps; then convolve two sequences through the FFT and compare with the direct sum."
      onReset={reset}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <p className={styles.heading}>The square wave of the notes (T = 0.2, w = 0.1, F = 2) and its partial sums</p>
      <SeriesPanel harmonics={state.n} onChange={(n) => update({ n })} />
      <p className={styles.heading}>The convolution theorem: α ∗ β = IFFT(FFT(α) · FFT(β))</p>
      <TheoremPanel alpha={state.a} beta={state.b} size={state.size} onChange={(patch) => update(patch)} />
    </WidgetFrame>
  );
}
