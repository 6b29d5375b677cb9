import Dispatch

/// Runs work items on several threads and returns the results in item order.
enum Parallel {
  /// `body(worker, item)` for every item in `0..<count`, on `workers` threads: item `i` runs
  /// on worker `i % workers`, and one worker's items run in order on one thread, so a
  /// worker may use state no other thread touches (its own engine).
  static func map<T>(_ count: Int, workers: Int, _ body: (_ worker: Int, _ item: Int) -> T) -> [T] {
    guard workers > 1, count > 1 else { return (0..<count).map { body(0, $0) } }
    var results = [T?](repeating: nil, count: count)
    let threads = min(workers, count)
    results.withUnsafeMutableBufferPointer { slots in
      withoutActuallyEscaping(body) { body in
        let shared = Shared(slots: slots, body: body)
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
          for item in stride(from: worker, to: count, by: threads) {
            shared.slots[item] = shared.body(worker, item)
          }
        }
      }
    }
    return results.map { $0! }
  }

  /// What the threads share: distinct slots of one buffer, and a body that only touches its
  /// worker's state.
  private struct Shared<T>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<T?>
    let body: (Int, Int) -> T
  }
}
