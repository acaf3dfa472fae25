// The notes' worked examples for convolution and pooling, plus shape rules and bad input.
// Sources: 002 = lecture-notes/002_*.txt (polynomials, W′), 003 = 003_*.txt (PyTorch/TF printouts),
// 004 = 004_*.txt (the X/O feature maps).
import { describe, expect, it } from 'vitest';
import {
  avgPool2d, conv2d, convMatrix, convMatrixIndices, convOutputSize, convolve1d, convolve2d, matmul, maxPool2d,
  poolOutputSize, reshape, tensor, toeplitz, zeros,
} from '@/lib/engine';

const I = tensor([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);
const K = tensor([[0, 1], [2, 3]]);

describe("the notes' worked examples", () => {
  it('conv2d x=[3,3] k=[2,2] (003: PyTorch and TF print [[19,25],[37,43]])', () => {
    expect(conv2d(I, K).toArray()).toEqual([[19, 25], [37, 43]]);
  });

  it('conv2d x=[3,3] k=[2,2] p=1 (003: ZeroPadding2D then Conv2D)', () => {
    expect(conv2d(I, K, { padding: 1 }).toArray()).toEqual([[0, 3, 8, 4], [9, 19, 25, 10], [21, 37, 43, 16], [6, 7, 8, 0]]);
  });

  it('conv2d x=[3,3] k=[2,2] p=1 s=(3,2) (003: [[0,8],[6,8]])', () => {
    // The notes' size formula (W − K + 2P)/S + 1 needs a floor: rows (3 − 2 + 2)/3 + 1 = 2, cols 3/2 + 1 = 2.5 → 2.
    expect(conv2d(I, K, { padding: 1, stride: [3, 2] }).toArray()).toEqual([[0, 8], [6, 8]]);
  });

  it('maxPool2d x=[3,3] k=2 s=1 (003: nn.MaxPool2d(2, stride=1) → [[4,5],[7,8]])', () => {
    expect(maxPool2d(I, { kernel: 2, stride: 1 }).toArray()).toEqual([[4, 5], [7, 8]]);
  });

  it('convolve1d: (1 + 2t + 3t²)(4 + 5t + 6t² + 7t³) = 4 + 13t + 28t² + 34t³ + 32t⁴ + 21t⁵ (002)', () => {
    // Expanded by hand: t² → 1·6 + 2·5 + 3·4 = 28, t³ → 1·7 + 2·6 + 3·5 = 34, t⁴ → 2·7 + 3·6 = 32.
    expect(convolve1d([1, 2, 3], [4, 5, 6, 7]).toArray()).toEqual([4, 13, 28, 34, 32, 21]);
    expect(convolve1d([4, 5, 6, 7], [1, 2, 3]).toArray()).toEqual([4, 13, 28, 34, 32, 21]);
  });

  it("toeplitz(α, 4) is the notes' 6×4 matrix and T·β is the same product (002)", () => {
    const T = toeplitz([1, 2, 3], 4);
    expect(T.toArray()).toEqual([
      [1, 0, 0, 0], [2, 1, 0, 0], [3, 2, 1, 0], [0, 3, 2, 1], [0, 0, 3, 2], [0, 0, 0, 3],
    ]);
    expect(matmul(T, tensor([4, 5, 6, 7])).toArray()).toEqual([4, 13, 28, 34, 32, 21]);
    // The commuted form: the 6×3 matrix of β times α.
    expect(matmul(toeplitz([4, 5, 6, 7], 3), tensor([1, 2, 3])).toArray()).toEqual([4, 13, 28, 34, 32, 21]);
  });

  it("convMatrix for k=[2,2] on x=[3,3] has the notes' W′ pattern and W′·vec(x) = vec(conv2d) (002)", () => {
    const { indices } = convMatrixIndices([2, 2], [3, 3]);
    const names = ['w00', 'w01', 'w10', 'w11'];
    const rows = [0, 1, 2, 3].map((r) => Array.from(indices.slice(r * 9, r * 9 + 9), (k) => (k < 0 ? '0' : names[k])));
    expect(rows).toEqual([
      ['w00', 'w01', '0', 'w10', 'w11', '0', '0', '0', '0'],
      ['0', 'w00', 'w01', '0', 'w10', 'w11', '0', '0', '0'],
      ['0', '0', '0', 'w00', 'w01', '0', 'w10', 'w11', '0'],
      ['0', '0', '0', '0', 'w00', 'w01', '0', 'w10', 'w11'],
    ]);
    expect(matmul(convMatrix(K, [3, 3]), reshape(I, [9])).toArray()).toEqual([19, 25, 37, 43]);
    expect(matmul(convMatrix(K, [3, 3], { padding: 1, stride: [3, 2] }), reshape(I, [9])).toArray()).toEqual([0, 8, 6, 8]);
  });
});

describe('the X/O feature maps of 004', () => {
  const diagonal = tensor([[1, -1, -1], [-1, 1, -1], [-1, -1, 1]]);
  const cross = tensor([[1, -1, 1], [-1, 1, -1], [1, -1, 1]]);
  const antiDiagonal = tensor([[-1, -1, 1], [-1, 1, -1], [1, -1, -1]]);

  it('5×5 X ⊗ diagonal filter = [[7,−3,3],[−3,5,−3],[3,−3,7]]', () => {
    const x5 = tensor([
      [-1, -1, -1, -1, -1], [-1, 1, -1, 1, -1], [-1, -1, 1, -1, -1], [-1, 1, -1, 1, -1], [-1, -1, -1, -1, -1],
    ]);
    // Window (0,0): 1·(−1)... the nine products are −1, 1, 1, 1, 1, 1, 1, 1, 1 → 7, as the notes sum.
    // Window (0,1): the notes' products (−1·1) + (−1·−1) + (−1·−1) + (−1·1) + (−1·1) + (−1·1) + … = −3 are
    // right in total but swap factors in the second row (the window row is [1, −1, 1]).
    // Erratum: the ReLU slide of 004 shows the map as [[7,−3,3],[−5,5,−3],[−6,−1,7]] before ReLU;
    // its ReLU output [[7,0,3],[0,5,0],[3,0,7]] matches the correct map below, not that slide.
    expect(conv2d(x5, diagonal).toArray()).toEqual([[7, -3, 3], [-3, 5, -3], [3, -3, 7]]);
  });

  // The 9×9 X of the notes, written out as a symmetric X (ones on both diagonals, border −1).
  // Erratum: the notes' typed 9×9 grids differ in rows 6–7 (row 6 repeats row 5, and row 7 has an
  // extra 1 at column 6); the printed feature maps belong to this symmetric X, not to those grids.
  const x9 = zeros([9, 9]);
  for (let r = 0; r < 9; r++) for (let c = 0; c < 9; c++) {
    x9.data[r * 9 + c] = r >= 1 && r <= 7 && (c === r || c === 8 - r) ? 1 : -1;
  }
  // The notes divide by the 9 taps and print values *truncated* to two decimals (7/9 → 0.77, 5/9 → 0.55),
  // where rounding would give 0.78 and 0.56.
  const truncated = (t: ReturnType<typeof tensor>) => Array.from(t.data, (v) => Math.trunc((v / 9) * 100) / 100);

  it('9×9 X ⊗ diagonal filter / 9 → 0.77, −0.11, 0.11, 0.33, 0.55, … (004)', () => {
    expect(truncated(conv2d(x9, diagonal))).toEqual([
      0.77, -0.11, 0.11, 0.33, 0.55, -0.11, 0.33,
      -0.11, 1, -0.11, 0.33, -0.11, 0.11, -0.11,
      0.11, -0.11, 1, -0.33, 0.11, -0.11, 0.55,
      0.33, 0.33, -0.33, 0.55, -0.33, 0.33, 0.33,
      0.55, -0.11, 0.11, -0.33, 1, -0.11, 0.11,
      -0.11, 0.11, -0.11, 0.33, -0.11, 1, -0.11,
      0.33, -0.11, 0.55, 0.33, 0.11, -0.11, 0.77,
    ]);
  });

  it('9×9 X ⊗ cross filter / 9 (004)', () => {
    expect(truncated(conv2d(x9, cross))).toEqual([
      0.33, -0.55, 0.11, -0.11, 0.11, -0.55, 0.33,
      -0.55, 0.55, -0.55, 0.33, -0.55, 0.55, -0.55,
      0.11, -0.55, 0.55, -0.77, 0.55, -0.55, 0.11,
      -0.11, 0.33, -0.77, 1, -0.77, 0.33, -0.11,
      0.11, -0.55, 0.55, -0.77, 0.55, -0.55, 0.11,
      -0.55, 0.55, -0.55, 0.33, -0.55, 0.55, -0.55,
      0.33, -0.55, 0.11, -0.11, 0.11, -0.55, 0.33,
    ]);
  });

  it('9×9 X ⊗ anti-diagonal filter / 9 (004)', () => {
    expect(truncated(conv2d(x9, antiDiagonal))).toEqual([
      0.33, -0.11, 0.55, 0.33, 0.11, -0.11, 0.77,
      -0.11, 0.11, -0.11, 0.33, -0.11, 1, -0.11,
      0.55, -0.11, 0.11, -0.33, 1, -0.11, 0.11,
      0.33, 0.33, -0.33, 0.55, -0.33, 0.33, 0.33,
      0.11, -0.11, 1, -0.33, 0.11, -0.11, 0.55,
      -0.11, 1, -0.11, 0.33, -0.11, 0.11, -0.11,
      0.77, -0.11, 0.11, 0.33, 0.55, -0.11, 0.33,
    ]);
  });
});

describe('conv2d shapes and settings', () => {
  it('conv2d x=[1,1,5,5] k=3 s=2 p=1 → [1,1,3,3]', () => {
    expect(conv2d(zeros([1, 1, 5, 5]), zeros([1, 1, 3, 3]), { stride: 2, padding: 1 }).shape).toEqual([1, 1, 3, 3]);
  });
  it("conv2d x=[2,3,7,6] k=[4,3,3,2] padding 'same' s=2 → [2,4,4,3] (⌈7/2⌉, ⌈6/2⌉)", () => {
    expect(conv2d(zeros([2, 3, 7, 6]), zeros([4, 3, 3, 2]), { stride: 2, padding: 'same' }).shape).toEqual([2, 4, 4, 3]);
  });
  it("conv2d x=[1,1,4,4] k=3 padding 'full' → [1,1,6,6]; d=2 'full' → [1,1,8,8]", () => {
    expect(conv2d(zeros([1, 1, 4, 4]), zeros([1, 1, 3, 3]), { padding: 'full' }).shape).toEqual([1, 1, 6, 6]);
    expect(conv2d(zeros([1, 1, 4, 4]), zeros([1, 1, 3, 3]), { padding: 'full', dilation: 2 }).shape).toEqual([1, 1, 8, 8]);
  });
  it('conv2d x=[1,1,3,3] of ones, k=2 of ones, d=2 → the four corners summed = 4', () => {
    const ones3 = reshape(tensor([1, 1, 1, 1, 1, 1, 1, 1, 1]), [1, 1, 3, 3]);
    expect(conv2d(ones3, reshape(tensor([1, 1, 1, 1]), [1, 1, 2, 2]), { dilation: 2 }).toArray()).toEqual([[[[4]]]]);
  });
  it('conv2d x=[1,2,2,2] two channels sum into one output with bias', () => {
    const x = tensor([[[[1, 2], [3, 4]], [[10, 20], [30, 40]]]]);
    const w = tensor([[[[1]], [[0.5]]]]);
    expect(conv2d(x, w, { bias: tensor([100]) }).toArray()).toEqual([[[[106, 112], [118, 124]]]]);
  });
  it('convolve2d flips the kernel: x=[3,3] k=[[0,1],[2,3]] equals conv2d with [[3,2],[1,0]]', () => {
    // (I ∗ K)(0,0) = 0·3 + 1·2 + 3·1 + 4·0 = 5, worked by hand.
    expect(convolve2d(I, K).toArray()).toEqual(conv2d(I, tensor([[3, 2], [1, 0]])).toArray());
    expect((convolve2d(I, K).toArray() as number[][])[0][0]).toBe(5);
  });
});

describe('pooling settings', () => {
  const x5 = reshape(tensor(Array.from({ length: 25 }, (_, i) => i)), [5, 5]);
  it('maxPool2d x=[5,5] k=2 s=2 → [2,2]; ceilMode → [3,3] keeps the partial last row/col', () => {
    expect(maxPool2d(x5, { kernel: 2 }).toArray()).toEqual([[6, 8], [16, 18]]);
    expect(maxPool2d(x5, { kernel: 2, ceilMode: true }).toArray()).toEqual([[6, 8, 9], [16, 18, 19], [21, 23, 24]]);
  });
  it('maxPool2d x=[5,5] k=3 s=2 p=1 → [3,3], padding ignored', () => {
    expect(maxPool2d(x5, { kernel: 3, stride: 2, padding: 1 }).toArray()).toEqual([[6, 8, 9], [16, 18, 19], [21, 23, 24]]);
  });
  it('avgPool2d x=[3,3] of ones k=2 s=1 p=1: countIncludePad divides corners by 4, otherwise by 1', () => {
    const ones3 = reshape(tensor([1, 1, 1, 1, 1, 1, 1, 1, 1]), [3, 3]);
    expect(avgPool2d(ones3, { kernel: 2, stride: 1, padding: 1 }).toArray()).toEqual([
      [0.25, 0.5, 0.5, 0.25], [0.5, 1, 1, 0.5], [0.5, 1, 1, 0.5], [0.25, 0.5, 0.5, 0.25],
    ]);
    expect(avgPool2d(ones3, { kernel: 2, stride: 1, padding: 1, countIncludePad: false }).toArray()).toEqual([
      [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1],
    ]);
  });
  it('avgPool2d x=[5,5] k=2 ceilMode: the last partial window averages what it covers', () => {
    // The last column of windows covers only column 4: (4 + 9)/2 = 6.5 and (14 + 19)/2 = 16.5; the
    // corner window holds only x[4][4] = 24. In ceil mode PyTorch divides by the window clipped to
    // the padded input, i.e. by the cells it really covers here.
    expect(avgPool2d(x5, { kernel: 2, ceilMode: true }).toArray()).toEqual([[3, 5, 6.5], [13, 15, 16.5], [20.5, 22.5, 24]]);
  });
});

describe('output size rules', () => {
  it('convOutputSize follows o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1', () => {
    expect(convOutputSize({ input: 5, kernel: 3, padding: 1, stride: 2 })).toBe(3);
    expect(convOutputSize({ input: 28, kernel: 5 })).toBe(24);
    expect(convOutputSize({ input: 7, kernel: 3, dilation: 2 })).toBe(3);
    expect(convOutputSize({ input: 3, kernel: 2, padding: [1, 0] })).toBe(3);
  });
  it('poolOutputSize with and without ceilMode', () => {
    expect(poolOutputSize({ input: 5, kernel: 2 })).toBe(2);
    expect(poolOutputSize({ input: 5, kernel: 2, ceilMode: true })).toBe(3);
    // i=4, k=2, s=2, p=1: ceil((4+2−2)/2)+1 = 3 windows start at −1, 1, 3; all start inside, keep 3.
    expect(poolOutputSize({ input: 4, kernel: 2, stride: 2, padding: 1, ceilMode: true })).toBe(3);
    // i=5, k=2, s=2, p=1: ceil(5/2)+1 = 4, but the 4th window starts at 5 = i + p (in the padding): 3.
    expect(poolOutputSize({ input: 5, kernel: 2, stride: 2, padding: 1, ceilMode: true })).toBe(3);
  });
  it('convOutputSize names the failed rule with the numbers', () => {
    expect(() => convOutputSize({ input: 3, kernel: 5 })).toThrow(new RangeError('kernel 5 is larger than the padded input 3 + 2·0'));
    expect(() => convOutputSize({ input: 3, kernel: 3, dilation: 2 })).toThrow(
      'dilated kernel 5 (kernel 3, dilation 2) is larger than the padded input 3 + 2·0',
    );
    expect(() => convOutputSize({ input: 5, kernel: 3, stride: 0 })).toThrow('stride must be an integer ≥ 1, got 0');
    expect(() => convOutputSize({ input: 5, kernel: 3, stride: NaN })).toThrow('stride must be an integer ≥ 1, got NaN');
    expect(() => convOutputSize({ input: 5, kernel: 3, padding: -1 })).toThrow('padding must be an integer ≥ 0, got -1');
    expect(() => convOutputSize({ input: 0, kernel: 1 })).toThrow('input size must be an integer ≥ 1, got 0');
  });
  it('poolOutputSize names the failed rule', () => {
    expect(() => poolOutputSize({ input: 5, kernel: 3, padding: 2 })).toThrow(new RangeError('padding 2 must be at most half the kernel 3'));
    expect(() => poolOutputSize({ input: 2, kernel: 3 })).toThrow('kernel 3 is larger than the padded input 2 + 2·0');
  });
});

describe('conv/pool bad input', () => {
  it('conv2d: input depth 3 must match filter depth 1', () => {
    expect(() => conv2d(zeros([1, 3, 5, 5]), zeros([2, 1, 3, 3]))).toThrow(
      new RangeError('conv2d: input depth 3 must match filter depth 1 (input [1,3,5,5], filter [2,1,3,3])'),
    );
  });
  it('conv2d: kernel larger than the padded input names op, axis and shapes', () => {
    expect(() => conv2d(zeros([1, 1, 3, 3]), zeros([1, 1, 5, 5]))).toThrow(
      'conv2d (rows; input [1,1,3,3], filter [1,1,5,5]): kernel 5 is larger than the padded input 3 + 2·0',
    );
  });
  it('conv2d: wrong ranks, bias shape, NaN stride, negative padding, unknown padding', () => {
    expect(() => conv2d(zeros([5, 5]), zeros([1, 1, 3, 3]))).toThrow(/conv2d: input must be rank 4/);
    expect(() => conv2d(zeros([1, 1, 5, 5]), zeros([3, 3]))).toThrow(/conv2d: filter must be rank 4.*filter \[3,3\]/);
    expect(() => conv2d(zeros([1, 1, 5, 5]), zeros([2, 1, 3, 3]), { bias: zeros([3]) })).toThrow(
      'conv2d: bias shape [3] must be [2], one per output channel',
    );
    expect(() => conv2d(zeros([1, 1, 5, 5]), zeros([1, 1, 3, 3]), { stride: NaN })).toThrow(/conv2d.*stride must be an integer ≥ 1, got NaN/);
    expect(() => conv2d(zeros([1, 1, 5, 5]), zeros([1, 1, 3, 3]), { padding: -1 })).toThrow(/padding must be an integer ≥ 0, got -1/);
    expect(() => conv2d(zeros([1, 1, 5, 5]), zeros([1, 1, 3, 3]), { padding: 'half' as never })).toThrow(TypeError);
  });
  it('conv2d and pools reject empty inputs, naming the shape', () => {
    expect(() => conv2d(zeros([0, 1, 5, 5]), zeros([1, 1, 3, 3]))).toThrow('conv2d: input of shape [0,1,5,5] is empty');
    expect(() => maxPool2d(zeros([1, 1, 0, 4]), { kernel: 2 })).toThrow('maxPool2d: input of shape [1,1,0,4] is empty');
  });
  it('maxPool2d: zero-size output and bad options name op and shapes', () => {
    expect(() => maxPool2d(zeros([1, 1, 2, 2]), { kernel: 3 })).toThrow(
      'maxPool2d (rows; input [1,1,2,2], kernel [3,3]): kernel 3 is larger than the padded input 2 + 2·0',
    );
    expect(() => avgPool2d(zeros([1, 1, 4, 4]), { kernel: 2, stride: 0 })).toThrow(/avgPool2d.*stride must be an integer ≥ 1, got 0/);
    expect(() => maxPool2d(zeros([4, 4, 4]), { kernel: 2 })).toThrow(/maxPool2d: input must be rank 4.*got shape \[4,4,4\]/);
  });
  it('convolve1d rejects an empty vector; toeplitz rejects inputLength 0', () => {
    expect(() => convolve1d([], [1, 2])).toThrow('convolve1d: a of shape [0] is empty');
    expect(() => toeplitz([1, 2], 0)).toThrow('toeplitz: inputLength must be an integer ≥ 1, got 0');
  });
});
