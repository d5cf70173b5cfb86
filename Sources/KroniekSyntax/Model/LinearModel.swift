#if canImport(Glibc)
import Glibc
#endif

/// A multi-class linear model over hashed features: a table of `rows` (a power of two)
/// by `columns` weights. A feature id picks a row; a prediction adds the rows of all
/// active features into a score per column. Rows are contiguous, so one cache line
/// fetch serves every class of a feature.
public struct LinearModel: Sendable {
    public let rowBits: Int
    public let columns: Int
    public internal(set) var weights: ContiguousArray<Float>

    public init(rowBits: Int, columns: Int, weights: ContiguousArray<Float>? = nil) {
        self.rowBits = rowBits
        self.columns = columns
        self.weights = weights ?? LinearModel.zeroes((1 << rowBits) * columns)
    }

    /// A zeroed table. Large tables are backed by transparent huge pages where the kernel
    /// allows it: a model has hundreds of megabytes of weights, and faulting them in 4 KB
    /// pages dominated load time.
    private static func zeroes(_ count: Int) -> ContiguousArray<Float> {
        ContiguousArray(unsafeUninitializedCapacity: count) { buffer, initialized in
            #if os(Linux)
            if let base = buffer.baseAddress, count * 4 >= 1 << 21 {
                let page = Int(getpagesize())
                let start = (Int(bitPattern: base) + page - 1) / page * page
                let end = (Int(bitPattern: base) + count * 4) / page * page
                if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
            }
            #endif
            buffer.initialize(repeating: 0)
            initialized = count
        }
    }

    @inlinable @inline(__always)
    public var rowMask: UInt64 { UInt64((1 << rowBits) - 1) }

    /// Adds the rows of `features` into `scores` (which must hold `columns` values, zeroed by the caller).
    @inlinable
    public func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        accumulate(features, columns: 0..<columns, into: scores)
    }

    /// Adds the rows of `features` into `scores` for the column range `range` only.
    @inlinable
    public func accumulate(_ features: UnsafeBufferPointer<UInt64>, columns range: Range<Int>,
                           into scores: UnsafeMutablePointer<Float>) {
        let mask = rowMask
        let cols = columns
        weights.withUnsafeBufferPointer { w in
            let base = w.baseAddress!
            for f in features {
                let row = base + Int(f & mask) * cols
                for c in range { scores[c] += row[c] }
            }
        }
    }

    /// Zeroes `range` of `scores`, adds the features' rows over it, and returns `scores`.
    @inlinable
    public func score(_ f: FeatureList, columns range: Range<Int>, into scores: UnsafeMutablePointer<Float>) -> UnsafeMutablePointer<Float> {
        (scores + range.lowerBound).update(repeating: 0, count: range.count)
        f.withBuffer { accumulate($0, columns: range, into: scores) }
        return scores
    }

    /// The weight of one (feature, column) cell.
    @inlinable @inline(__always)
    public func weight(_ feature: UInt64, column: Int) -> Float {
        weights[Int(feature & rowMask) * columns + column]
    }
}

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
        accumulated = ContiguousArray(repeating: 0, count: model.weights.count)
    }

    /// Advances the clock by one training example.
    public func tick() { step += 1 }

    /// Adds `delta` to column `column` of every feature's row.
    public func update(_ features: UnsafeBufferPointer<UInt64>, column: Int, delta: Float) {
        let mask = model.rowMask
        let cols = model.columns
        let scaled = Double(delta) * step
        model.weights.withUnsafeMutableBufferPointer { w in
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
        out.weights.withUnsafeMutableBufferPointer { w in
            accumulated.withUnsafeBufferPointer { u in
                for i in w.indices where w[i] != 0 || u[i] != 0 { w[i] = Float(Double(w[i]) - u[i] / step) }
            }
        }
        return out
    }
}

extension LinearModel {
    /// Serialises the non-zero cells, quantised to Int16 with one scale per model:
    /// for each non-zero row, its index, the count of its non-zero cells, then (column, value) pairs.
    func encode(into out: inout ByteWriter) {
        let maxAbs = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        out.write(UInt32(rowBits)); out.write(UInt32(columns)); out.write(scale)
        var rowsWritten: UInt32 = 0
        var body = ByteWriter()
        var cells: [(UInt16, Int16)] = []
        for r in 0..<(1 << rowBits) {
            cells.removeAll(keepingCapacity: true)
            for c in 0..<columns {
                let q = Int16((weights[r * columns + c] / scale).rounded())
                if q != 0 { cells.append((UInt16(c), q)) }
            }
            if cells.isEmpty { continue }
            rowsWritten += 1
            body.write(UInt32(r)); body.write(UInt16(cells.count))
            for (c, q) in cells { body.write(c); body.write(q) }
        }
        out.write(rowsWritten)
        out.append(body)
    }

    static func decode(from input: inout ByteReader) throws -> LinearModel {
        let rowBits = Int(try input.read(UInt32.self))
        let columns = Int(try input.read(UInt32.self))
        let scale = try input.read(Float.self)
        guard rowBits <= 26, columns <= 1 << 16 else { throw ModelFormatError("bad model shape \(rowBits)×\(columns)") }
        var model = LinearModel(rowBits: rowBits, columns: columns)
        let rows = Int(try input.read(UInt32.self))
        // One pass over the raw bytes: the format is little-endian, like every supported platform.
        try model.weights.withUnsafeMutableBufferPointer { w in
            try input.withUnreadBytes { bytes -> ((), Int) in
                var p = 0
                for _ in 0..<rows {
                    guard p + 6 <= bytes.count else { throw ModelFormatError("truncated model rows") }
                    let r = Int(bytes.loadUnaligned(fromByteOffset: p, as: UInt32.self))
                    let n = Int(bytes.loadUnaligned(fromByteOffset: p + 4, as: UInt16.self))
                    p += 6
                    guard r < 1 << rowBits, p + 4 * n <= bytes.count else { throw ModelFormatError("bad model row \(r)") }
                    for _ in 0..<n {
                        let c = Int(bytes.loadUnaligned(fromByteOffset: p, as: UInt16.self))
                        let q = bytes.loadUnaligned(fromByteOffset: p + 2, as: Int16.self)
                        p += 4
                        guard c < columns else { throw ModelFormatError("column \(c) out of range") }
                        w[r * columns + c] = Float(q) * scale
                    }
                }
                return ((), p)
            }
        }
        return model
    }
}
