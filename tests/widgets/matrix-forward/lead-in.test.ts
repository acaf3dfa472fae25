// The paragraph that introduces the widget in the multilayer-perceptron chapter promises numbers;
// the model must produce them, and the chapter must print them.
import { describe, expect, test } from 'vitest';
import { DEFAULT_PARAMS, fmt, forward, sumOfProducts } from '@/components/widgets/matrix-forward/model';
import { expectChapterToPrint } from '../../content/chapter-text';

describe('the multilayer-perceptron chapter introduces the widget with its real numbers', () => {
  test('the second row of layer 1, the outputs, and ReLU on the hidden layer', () => {
    const [l1, l2] = forward(DEFAULT_PARAMS, 'sigmoid');
    expect(sumOfProducts(l1, 1)).toBe('0.5·1.0 + 0.3·0.5 + (−0.2)·(−1.0) + (−0.1) = 0.75');
    expect(l2.a.map((v) => fmt(v))).toEqual(['0.5345', '0.5914']);
    const [relu] = forward(DEFAULT_PARAMS, 'relu');
    expect(relu.a.map((v) => fmt(v))).toEqual(['0', '0.75', '0']);
    expectChapterToPrint(
      'multilayer-perceptron',
      '$0.5 \\cdot 1.0 + 0.3 \\cdot 0.5 + (-0.2)(-1.0) + (-0.1) = 0.75$',
      '$\\mathbf{a}^2 = (0.5345,\\ 0.5914)$, as computed above',
      '$\\mathbf{a}^1 = (0,\\ 0.75,\\ 0)$',
      '<MatrixForward />',
    );
  });
});
