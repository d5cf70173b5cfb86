import Foundation

/// A little-endian binary writer for model files.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
    mutating func write(_ value: Float) { write(value.bitPattern) }
    mutating func write(_ value: String) {
        let utf8 = Array(value.utf8)
        write(UInt32(utf8.count)); bytes.append(contentsOf: utf8)
    }
    mutating func write(_ values: [String]) {
        write(UInt32(values.count)); for v in values { write(v) }
    }
    mutating func write<T: FixedWidthInteger>(_ values: [T]) {
        write(UInt32(values.count)); for v in values { write(v) }
    }
    mutating func append(_ other: ByteWriter) { bytes.append(contentsOf: other.bytes) }
}

/// Reads what `ByteWriter` wrote; throws on truncation.
struct ByteReader {
    private let data: [UInt8]
    private var offset = 0
    init(_ data: [UInt8]) { self.data = data }

    var isAtEnd: Bool { offset == data.count }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= data.count else { throw ModelFormatError("truncated model file") }
        var value: T = 0
        withUnsafeMutableBytes(of: &value) { dst in
            data.withUnsafeBytes { src in dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<offset + size])) }
        }
        offset += size
        return T(littleEndian: value)
    }
    /// Hands the unread bytes to `body`, which returns its result and how many bytes it consumed.
    mutating func withUnreadBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> (R, Int)) throws -> R {
        let (result, consumed) = try data.withUnsafeBytes { all in
            try body(UnsafeRawBufferPointer(rebasing: all[offset...]))
        }
        offset += consumed
        return result
    }

    mutating func read(_: Float.Type) throws -> Float { Float(bitPattern: try read(UInt32.self)) }
    mutating func read(_: String.Type) throws -> String {
        let n = Int(try read(UInt32.self))
        guard offset + n <= data.count else { throw ModelFormatError("truncated string") }
        defer { offset += n }
        return String(decoding: data[offset..<offset + n], as: UTF8.self)
    }
    mutating func read(_: [String].Type) throws -> [String] {
        let n = Int(try read(UInt32.self))
        return try (0..<n).map { _ in try read(String.self) }
    }
    mutating func read<T: FixedWidthInteger>(_: [T].Type) throws -> [T] {
        let n = Int(try read(UInt32.self))
        guard offset + n * MemoryLayout<T>.size <= data.count else { throw ModelFormatError("truncated array") }
        return try (0..<n).map { _ in try read(T.self) }
    }
}

/// A model file that cannot be read.
public struct ModelFormatError: Error, CustomStringConvertible {
    public let description: String
    init(_ message: String) { description = "syntax model: \(message)" }
}
