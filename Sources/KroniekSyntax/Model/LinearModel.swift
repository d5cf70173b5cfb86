#if canImport(Glibc)
import Glibc
#endif

/// A multi-class linear model over hashed features: a table of `rows` (a power of two)
/// by `columns` weights. A feature id picks a row; a prediction adds the rows of all
/// active features into a score per column.
///
/// Rows are contiguous, so one cache line fetch serves every class of a feature. Weights
/// are Float32 while training; a loaded model keeps the Int16 values of the model file
/// (with one scale per table), which halves the memory to fault in at load time and to
/// drag through the caches, and gives exactly the scores the file's quantisation gives.
public struct LinearModel: Sendable {
    public let rowBits: Int
    public let columns: Int
    var storage: Storage

    enum Storage: Sendable {
        case dense(ContiguousArray<Float>)
        /// Weight = value × scale.
        case quantised(ContiguousArray<Int16>, scale: Float)
    }

    /// A zero model, dense (for training).
    public init(rowBits: Int, columns: Int) {
        self.rowBits = rowBits
        self.columns = columns
        storage = .dense(LinearModel.zeroes((1 << rowBits) * columns))
    }

    init(rowBits: Int, columns: Int, storage: Storage) {
        self.rowBits = rowBits; self.columns = columns; self.storage = storage
    }

    /// A zeroed table. Large tables are backed by transparent huge pages where the kernel
    /// allows it: faulting them in 4 KB pages dominated load time.
    static func zeroes<T: FixedWidthInteger>(_ count: Int, of: T.Type) -> ContiguousArray<T> { zeroTable(count, zero: 0) }
    static func zeroes(_ count: Int) -> ContiguousArray<Float> { zeroTable(count, zero: 0) }

    private static func zeroTable<T>(_ count: Int, zero: T) -> ContiguousArray<T> {
        ContiguousArray(unsafeUninitializedCapacity: count) { buffer, initialized in
            #if os(Linux)
            let bytes = count * MemoryLayout<T>.stride
            if let base = buffer.baseAddress, bytes >= 1 << 21 {
                let page = Int(getpagesize())
                let start = (Int(bitPattern: base) + page - 1) / page * page
                let end = (Int(bitPattern: base) + bytes) / page * page
                if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
            }
            #endif
            buffer.initialize(repeating: zero)
            initialized = count
        }
    }

    @inlinable @inline(__always)
    public var rowMask: UInt64 { UInt64((1 << rowBits) - 1) }

    /// Adds the rows of `features` into `scores` (which must hold `columns` values, zeroed by the caller).
    public func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        accumulate(features, columns: 0..<columns, into: scores)
    }

    /// Adds the rows of `features` into `scores` for the column range `range` only.
    public func accumulate(_ features: UnsafeBufferPointer<UInt64>, columns range: Range<Int>,
                           into scores: UnsafeMutablePointer<Float>) {
        let mask = rowMask
        switch storage {
        case .dense(let weights):
            let cols = columns
            weights.withUnsafeBufferPointer { w in
                let base = w.baseAddress!
                for f in features {
                    let row = base + Int(f & mask) * cols
                    for c in range { scores[c] += row[c] }
                }
            }
        case .quantised(let values, let scale):
            let cols = columns
            values.withUnsafeBufferPointer { v in
                let base = v.baseAddress!
                for f in features {
                    let row = base + Int(f & mask) * cols
                    for c in range { scores[c] += Float(row[c]) * scale }
                }
            }
        }
    }

    /// Zeroes `range` of `scores`, adds the features' rows over it, and returns `scores`.
    public func score(_ f: FeatureList, columns range: Range<Int>, into scores: UnsafeMutablePointer<Float>) -> UnsafeMutablePointer<Float> {
        (scores + range.lowerBound).update(repeating: 0, count: range.count)
        f.withBuffer { accumulate($0, columns: range, into: scores) }
        return scores
    }

    /// The weight of one (feature, column) cell.
    public func weight(_ feature: UInt64, column: Int) -> Float {
        let r = Int(feature & rowMask)
        switch storage {
        case .dense(let weights): return weights[r * columns + column]
        case .quantised(let values, let scale): return Float(values[r * columns + column]) * scale
        }
    }

    /// Runs `body` on the dense weights in place (a trainer's model is always dense).
    mutating func withMutableDenseWeights<R>(_ body: (UnsafeMutableBufferPointer<Float>) -> R) -> R {
        guard case .dense(var weights) = storage else { preconditionFailure("training needs dense weights") }
        // Drop the enum's reference first, so the array is unique and is not copied.
        storage = .dense([])
        defer { storage = .dense(weights) }
        return weights.withUnsafeMutableBufferPointer { body($0) }
    }
}
