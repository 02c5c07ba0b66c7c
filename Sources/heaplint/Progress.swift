import Foundation

/// `Checked 37/120 files` on stderr, redrawn in place, once a run has lasted about a second.
/// Only made when stderr is a terminal and the report is for people (see `CheckCommand.showsProgress`);
/// the line is erased before the report is printed.
final class ProgressDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private let start = DispatchTime.now().uptimeNanoseconds
    /// Nanoseconds before the first draw: 1 s, or `HEAPLINT_PROGRESS_DELAY` seconds (tests set 0).
    private let delay: UInt64
    private var lastDraw: UInt64 = 0
    private var drawn = false
    private var finished = false

    static func make(enabled: Bool) -> ProgressDisplay? {
        guard enabled else { return nil }
        let seconds = ProcessInfo.processInfo.environment["HEAPLINT_PROGRESS_DELAY"].flatMap(Double.init) ?? 1.0
        return ProgressDisplay(delay: UInt64(max(0, seconds) * 1e9))
    }

    private init(delay: UInt64) { self.delay = delay }

    func update(done: Int, total: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock()
        defer { lock.unlock() }
        guard !finished, now - start >= delay else { return }
        // At most ten redraws a second, and always the last one.
        guard !drawn || now - lastDraw >= 100_000_000 || done == total else { return }
        lastDraw = now
        drawn = true
        write("\r\u{1B}[KChecked \(done)/\(total) file\(total == 1 ? "" : "s")")
    }

    /// Erases the line, if anything was drawn.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        if drawn { write("\r\u{1B}[K") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
