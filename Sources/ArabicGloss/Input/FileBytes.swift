#if canImport(Glibc)
  import Glibc
#endif

/// Whole-file reads with `open`/`read`: no Foundation bridging, and no leak on empty files
/// (Foundation's `FileManager.contents(atPath:)` leaks its buffer for a 0-byte file).
public enum FileBytes {
  /// The bytes of the file at `path`, or nil if it cannot be opened or read (a directory).
  public static func read(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(info.st_size))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 { return nil }
      if n == 0 { return bytes }
      bytes.append(contentsOf: chunk[..<n])
    }
  }
}
