#if canImport(Glibc)
import Glibc
#endif

/// Buffered standard output: commands write many small pieces, and one `fwrite` per
/// 64 KiB keeps large runs fast. Call `flush()` when done (DocumentRun does).
public final class OutputBuffer {
    private var buffer: [UInt8] = []
    private let limit = 1 << 16

    public init() { buffer.reserveCapacity(limit) }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    public func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        writeAll(buffer, to: STDOUT_FILENO)
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}

/// Messages for the user on standard error, prefixed with the tool's name.
public enum Diagnostics {
    public static func warning(_ message: CustomStringConvertible) { emit("warning: \(message)") }
    public static func error(_ message: CustomStringConvertible) { emit("error: \(message)") }
    public static func note(_ message: CustomStringConvertible) { emit("\(message)") }

    private static func emit(_ line: String) {
        writeAll(Array("kroniek: \(line)\n".utf8), to: STDERR_FILENO)
    }
}

/// Writes all bytes to a file descriptor, retrying short writes. (POSIX `write` rather
/// than the C `stdout`/`stderr` globals, which Swift 6 treats as unsafe shared state.)
private func writeAll(_ bytes: [UInt8], to fd: Int32) {
    bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
            let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 { if errno == EINTR { continue }; return }
            offset += n
        }
    }
}
