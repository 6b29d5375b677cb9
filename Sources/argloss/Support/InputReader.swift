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
