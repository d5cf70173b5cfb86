extension LinearModel {
    /// Serialises the non-zero cells, quantised to Int16 with one scale per model:
    /// for each non-zero row, its index, the count of its non-zero cells, then (column, value) pairs.
    func encode(into out: inout ByteWriter) {
        var maxAbs: Float = 0
        forEachRow { _, cells in for (_, w) in cells { maxAbs = max(maxAbs, abs(w)) } }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        out.write(UInt32(rowBits)); out.write(UInt32(columns)); out.write(scale)
        var rowsWritten: UInt32 = 0
        var body = ByteWriter()
        var quantised: [(UInt16, Int16)] = []
        forEachRow { r, cells in
            quantised.removeAll(keepingCapacity: true)
            for (c, w) in cells {
                let q = Int16((w / scale).rounded())
                if q != 0 { quantised.append((UInt16(c), q)) }
            }
            if quantised.isEmpty { return }
            rowsWritten += 1
            body.write(UInt32(r)); body.write(UInt16(quantised.count))
            for (c, q) in quantised { body.write(c); body.write(q) }
        }
        out.write(rowsWritten)
        out.append(body)
    }

    /// Calls `body` with every row's non-zero (column, weight) cells, rows in order.
    private func forEachRow(_ body: (Int, [(Int, Float)]) -> Void) {
        var cells: [(Int, Float)] = []
        for r in 0..<(1 << rowBits) {
            cells.removeAll(keepingCapacity: true)
            switch storage {
            case .dense(let w):
                for c in 0..<columns where w[r * columns + c] != 0 { cells.append((c, w[r * columns + c])) }
            case .quantised(let values, let scale):
                for c in 0..<columns where values[r * columns + c] != 0 { cells.append((c, Float(values[r * columns + c]) * scale)) }
            }
            if !cells.isEmpty { body(r, cells) }
        }
    }

    static func decode(from input: inout ByteReader) throws -> LinearModel {
        let rowBits = Int(try input.read(UInt32.self))
        let columns = Int(try input.read(UInt32.self))
        let scale = try input.read(Float.self)
        guard rowBits <= 26, columns <= 1 << 16 else { throw ModelFormatError("bad model shape \(rowBits)×\(columns)") }
        let rows = Int(try input.read(UInt32.self))
        var values = LinearModel.zeroes((1 << rowBits) * columns, of: Int16.self)
        // One pass over the raw bytes: the format is little-endian, like every supported platform.
        try values.withUnsafeMutableBufferPointer { v in
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
                        p += 4
                        guard c < columns else { throw ModelFormatError("column \(c) out of range") }
                        v[r * columns + c] = bytes.loadUnaligned(fromByteOffset: p - 2, as: Int16.self)
                    }
                }
                return ((), p)
            }
        }
        return LinearModel(rowBits: rowBits, columns: columns, storage: .quantised(values, scale: scale))
    }
}
