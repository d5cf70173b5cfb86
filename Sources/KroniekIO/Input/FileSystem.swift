#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls the readers need, in POSIX terms so errors carry the
/// system's own reason ("Permission denied", "No such file or directory").
enum FileSystem {
    enum Kind { case file, directory, other }

    /// The kind of `path`; symbolic links are followed only when `followLinks` is set,
    /// so directory walks cannot loop.
    static func kind(of path: String, followLinks: Bool = true) -> Result<Kind, SystemError> {
        var info = stat()
        let rc = followLinks ? stat(path, &info) : lstat(path, &info)
        guard rc == 0 else { return .failure(SystemError.current()) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .success(.file)
        case S_IFDIR: return .success(.directory)
        default: return .success(.other)
        }
    }

    /// The entries of a directory, sorted, without `.` and `..`.
    static func entries(of path: String) -> Result<[String], SystemError> {
        guard let dir = opendir(path) else { return .failure(SystemError.current()) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names.sorted())
    }

    /// The whole content of an open file descriptor, read in large chunks (linear time).
    static func readAll(fd: Int32) -> Result<[UInt8], SystemError> {
        var bytes: [UInt8] = []
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 { bytes.reserveCapacity(Int(info.st_size)) }
        let chunk = 1 << 20
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunk) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(SystemError.current())
            }
            if n == 0 { return .success(bytes) }
            bytes.append(contentsOf: buffer[0..<n])
        }
    }

    static func readAll(path: String) -> Result<[UInt8], SystemError> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(SystemError.current()) }
        defer { close(fd) }
        return readAll(fd: fd)
    }
}

/// An `errno` with its message.
struct SystemError: Error, CustomStringConvertible {
    let code: Int32
    static func current() -> SystemError { SystemError(code: errno) }
    var description: String { String(cString: strerror(code)) }
}
