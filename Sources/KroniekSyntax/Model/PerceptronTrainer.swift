/// Averaged-perceptron training state for a `LinearModel`.
///
/// Uses the "accumulate c·Δ" trick: keeps the current weights `w` and `u = Σ c·Δ`;
/// the average over all steps is `w - u / c`, with no per-weight timestamps.
public final class PerceptronTrainer {
    public private(set) var model: LinearModel
    private var accumulated: ContiguousArray<Double>
    private var step: Double = 1

    public init(rowBits: Int, columns: Int) {
        model = LinearModel(rowBits: rowBits, columns: columns)
        accumulated = ContiguousArray(repeating: 0, count: (1 << rowBits) * columns)
    }

    /// Advances the clock by one training example.
    public func tick() { step += 1 }

    /// Adds `delta` to column `column` of every feature's row.
    public func update(_ features: UnsafeBufferPointer<UInt64>, column: Int, delta: Float) {
        let mask = model.rowMask
        let cols = model.columns
        let scaled = Double(delta) * step
        model.withMutableDenseWeights { w in
            accumulated.withUnsafeMutableBufferPointer { u in
                for f in features {
                    let i = Int(f & mask) * cols + column
                    w[i] += delta
                    u[i] += scaled
                }
            }
        }
    }

    /// The standard perceptron step: towards `gold`, away from `predicted`.
    public func update(_ features: UnsafeBufferPointer<UInt64>, gold: Int, predicted: Int) {
        guard gold != predicted else { return }
        update(features, column: gold, delta: 1)
        update(features, column: predicted, delta: -1)
    }

    /// The averaged weights, which generalise much better than the last ones.
    public func averaged() -> LinearModel {
        var out = model
        out.withMutableDenseWeights { w in
            accumulated.withUnsafeBufferPointer { u in
                for i in w.indices where w[i] != 0 || u[i] != 0 { w[i] = Float(Double(w[i]) - u[i] / step) }
            }
        }
        return out
    }
}
