import ArabicGloss

#if canImport(Glibc)
  import Glibc
#endif

/// Reads the command's inputs (files or standard input) and decodes them as UTF-8.
struct InputReader {
  /// One input: the name to show in messages and its decoded text.
  struct Input {
    /// The path given, or `<stdin>`.
    var name: String
    /// The decoded text.
    var text: String
  }

  /// Replace invalid UTF-8 with U+FFFD instead of failing (and warn how many).
  var lossy = false

  /// The inputs named by `paths`; standard input when `paths` is empty or `-`.
  func read(_ paths: [String]) throws(CLIError) -> [Input] {
    let names = paths.isEmpty ? ["-"] : paths
    var inputs: [Input] = []
    for path in names {
      inputs.append(try read(path))
    }
    return inputs
  }

  /// One input by path (`-` for standard input).
  func read(_ path: String) throws(CLIError) -> Input {
    let name = path == "-" ? "<stdin>" : path
    let bytes = try path == "-" ? Self.readAll(fd: 0, name: name) : Self.readFile(path)
    if lossy {
      let (text, replaced) = TextDecoder.decodeLossy(bytes)
      if replaced > 0 {
        Diagnostics.warning("\(name): replaced \(replaced) invalid UTF-8 sequence(s) with U+FFFD")
      }
      return Input(name: name, text: text)
    }
    do {
      return Input(name: name, text: try TextDecoder.decode(bytes))
    } catch {
      throw .dataError("\(name): \(error.message)")
    }
  }

  /// Reads `path` (`-` for standard input) in blocks of about `blockSize` bytes that end at a
  /// line feed, decoding each and passing it to `body`, so memory stays bounded on large
  /// inputs. Invalid UTF-8 is reported with its offset in the whole input.
  func stream(
    _ path: String, blockSize: Int = 1 << 20, progress: ((Int) -> Void)? = nil,
    _ body: (String) throws -> Void
  ) throws {
    let name = path == "-" ? "<stdin>" : path
    let fd: Int32
    if path == "-" {
      fd = 0
    } else {
      fd = open(path, O_RDONLY | O_CLOEXEC)
      if fd < 0 { throw CLIError.noInput("cannot open '\(path)': \(String(cString: strerror(errno)))") }
      var info = stat()
      if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
        close(fd)
        throw CLIError.noInput("cannot read '\(path)': it is a directory")
      }
    }
    defer { if fd != 0 { close(fd) } }
    var pending: [UInt8] = []
    var consumed = 0
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var replaced = 0
    func emit(_ bytes: ArraySlice<UInt8>) throws {
      let block = Array(bytes)
      if lossy {
        let (text, n) = TextDecoder.decodeLossy(block)
        replaced += n
        try body(text)
      } else {
        do {
          try body(try TextDecoder.decode(block))
        } catch let failure as TextDecoder.Failure {
          throw CLIError.dataError("\(name): \(Self.shifted(failure, by: consumed).message)")
        }
      }
      consumed += block.count
      progress?(consumed)
    }
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw CLIError.noInput("cannot read '\(name)': \(String(cString: strerror(errno)))")
      }
      if n == 0 { break }
      pending.append(contentsOf: chunk[..<n])
      if pending.count >= blockSize, let lastNewline = pending.lastIndex(of: 0x0A) {
        try emit(pending[...lastNewline])
        pending.removeSubrange(...lastNewline)
      }
    }
    if !pending.isEmpty { try emit(pending[...]) }
    if replaced > 0 {
      Diagnostics.warning("\(name): replaced \(replaced) invalid UTF-8 sequence(s) with U+FFFD")
    }
  }

  /// A decoding failure with its offset moved from a block to the whole input.
  private static func shifted(_ failure: TextDecoder.Failure, by base: Int) -> TextDecoder.Failure {
    switch failure {
    case .invalidUTF8(let offset): .invalidUTF8(offset: offset + base)
    case .windows1256(let offset): .windows1256(offset: offset + base)
    case .utf16: failure
    }
  }

  /// The bytes of the file at `path`.
  static func readFile(_ path: String) throws(CLIError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      throw .noInput("cannot open '\(path)': \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
      throw .noInput("cannot read '\(path)': it is a directory")
    }
    return try readAll(fd: fd, name: path)
  }

  /// Everything readable from `fd`.
  static func readAll(fd: Int32, name: String) throws(CLIError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n == 0 { break }
      if n < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        throw .noInput("cannot read '\(name)': \(reason)")
      }
      bytes.append(contentsOf: chunk[..<n])
    }
    return bytes
  }
}
