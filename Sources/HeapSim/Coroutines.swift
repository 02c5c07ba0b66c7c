import Foundation
import PythonModel

/// A generator the model resumes step by step, as CPython does: its body runs on a thread of its
/// own that hands control back and forth with its consumer through two semaphores, so exactly one
/// of them runs at any time and `next()` / `send()` continue where the last `yield` stopped.
/// (The interpreter is a tree walker: a suspended generator's place in its body is that thread's
/// stack.) While it is suspended, its frames are kept apart from the consumer's.
final class Coroutine {
    enum Command { case resume(ObjID), throwing(ObjID), close, kill }
    enum Event { case yielded(ObjID), finished, failed(Error) }
    let toGenerator = DispatchSemaphore(value: 0)
    let toConsumer = DispatchSemaphore(value: 0)
    var command: Command = .resume(0)
    var event: Event = .finished
    var done = false
    /// What its body returned (the value of `yield from` it, StopIteration's `value`).
    var returned: ObjID?
    /// Its thread runs now (it, or code it called, is the consumer at hand).
    var running = false
    /// The generator's own frames and call depth while it is suspended, and where its part of the
    /// interpreter's frame stack starts while it runs.
    var frames: [Frame]
    var depth = 1
    var unit: Int
    var base = 0
    var baseDepth = 0

    init(frame: Frame) {
        frames = [frame]
        unit = frame.unit
    }
}

/// Unwinds a generator's thread when its interpreter is done with it (no Python code handles it).
struct CoroutineKilled: Error {}

extension Interpreter {
    /// Generators resumed step by step at once per interpreter; past it, one runs to its first
    /// `yield` and is not resumed (`noteResumed`).
    static let maxCoroutines = 32
    static let coroutineStackSize = 8 << 20

    /// Whether `gen` can be run as a coroutine (started now, or already one).
    func isResumableGenerator(_ id: ObjID) -> Bool {
        if case .generator = heap[id].payload { return canResume(id) }
        return false
    }

    /// `enumerate(gen)` / `zip(gen, …)` made lazily (see `Builtins`): taken item by item.
    func isLazyOverGenerator(_ id: ObjID) -> Bool {
        guard ["enumerate", "zip"].contains(typeName(id)), case .partial(let f, _) = heap[id].payload else { return false }
        return f == none
    }

    /// The next item of a lazy `enumerate(gen)` / `zip(…)` (the `index`-th), or nil when a source
    /// ran out (zip stops at the first, as CPython does; the later sources are not advanced).
    func nextLazyItem(_ id: ObjID, index: Int, site: Int) throws -> ObjID? {
        guard case .partial(_, let sources) = heap[id].payload, !sources.isEmpty else { return nil }
        var parts: [ObjID] = []
        for src in sources {
            if case .generator = heap[src].payload {
                guard canResume(src), let v = try resume(src, sending: none) else { return nil }
                parts.append(v)
            } else if let items = sequenceItems(src) {
                guard index < items.count else { return nil }
                parts.append(items[index])
            } else {
                return nil
            }
        }
        if typeName(id) == "enumerate" { return heap.allocate("tuple", .tuple([makeInt(index, site: site)] + parts), origin: site) }
        return heap.allocate("tuple", .tuple(parts), origin: site)
    }

    func canResume(_ gen: ObjID) -> Bool {
        if let c = coroutines[gen] { return !c.done }
        return pendingGenerators[gen] != nil && coroutines.count < Interpreter.maxCoroutines
    }

    /// Resumes `gen`, sending `sent` (None for `next()`): the value it yields next, or nil when it
    /// returned. An exception it raises propagates to the consumer.
    func resume(_ gen: ObjID, sending sent: ObjID, throwing exc: ObjID? = nil) throws -> ObjID? {
        let co: Coroutine
        if let c = coroutines[gen] {
            co = c
        } else {
            // (Thrown into before it started, a generator raises at once without running.)
            if let exc { throw Signal.raise(exc) }
            guard let frame = pendingGenerators.removeValue(forKey: gen), let def = frame.function else { return nil }
            pythonRuns += 1
            co = Coroutine(frame: frame)
            frame.coroutine = co
            coroutines[gen] = co
            unowned(unsafe) let me = self
            let thread = Thread {
                co.toGenerator.wait()
                if case .resume = co.command {
                    do {
                        if case .returned(let v) = try me.execBlock(def.body, frame) { co.returned = v }
                        co.event = .finished
                    } catch {
                        co.event = .failed(error)
                    }
                } else {
                    co.event = .failed(CoroutineKilled())
                }
                me.syncFrameObject(frame)
                if me.liveFrames.count > co.base { me.liveFrames.removeSubrange(co.base...) }
                me.depth = co.baseDepth
                co.done = true
                co.toConsumer.signal()
            }
            thread.stackSize = Interpreter.coroutineStackSize
            thread.start()
        }
        guard !co.done else { return nil }
        // Resuming a generator from inside itself: CPython raises ValueError.
        if co.running { throw Signal.raise(try makeException("ValueError", site: co.frames.first?.function?.range.lowerBound ?? 0)) }
        let event = switchTo(co, exc.map { .throwing($0) } ?? .resume(sent))
        switch event {
        case .yielded(let v):
            suspendedGenerators[gen] = ModuleKey.make(co.unit, co.frames.first?.function?.id ?? 0)
            return v
        case .finished:
            finishCoroutine(gen)
            return nil
        case .failed(let e):
            finishCoroutine(gen)
            throw e
        }
    }

    /// Hands control to the generator's thread until it yields or ends.
    private func switchTo(_ co: Coroutine, _ command: Coroutine.Command) -> Coroutine.Event {
        let callerUnit = heap.currentUnit
        co.base = liveFrames.count
        co.baseDepth = depth
        liveFrames += co.frames
        depth += co.depth
        heap.currentUnit = co.unit
        co.frames = []
        co.command = command
        co.running = true
        co.toGenerator.signal()
        co.toConsumer.wait()
        co.running = false
        if liveFrames.count > co.base { liveFrames.removeSubrange(co.base...) }
        depth = co.baseDepth
        heap.currentUnit = callerUnit
        return co.event
    }

    /// A `yield` in a coroutine's own frame: hands `value` to the consumer and waits to be resumed;
    /// returns the value sent in.
    func coroutineYield(_ co: Coroutine, _ value: ObjID, frame: Frame) throws -> ObjID {
        syncFrameObject(frame)
        co.frames = Array(liveFrames[co.base...])
        co.depth = depth - co.baseDepth
        co.unit = heap.currentUnit
        co.event = .yielded(value)
        co.toConsumer.signal()
        co.toGenerator.wait()
        switch co.command {
        case .kill: throw CoroutineKilled()
        case .close: throw Signal.raise(try makeException("GeneratorExit", site: frame.function?.range.lowerBound ?? 0))
        case .resume(let sent): return sent
        case .throwing(let exc): throw Signal.raise(exc)
        }
    }

    /// `gen.close()`, or the generator freed while suspended: GeneratorExit is raised at its
    /// `yield`, so its `finally` blocks and handlers run, as CPython runs them. An exception other
    /// than GeneratorExit propagates from `close()`; one that yields again is stopped.
    func closeCoroutine(_ gen: ObjID) throws {
        guard let co = coroutines[gen], !co.running else { return }
        defer { killCoroutine(gen); finishCoroutine(gen) }
        guard !co.done else { return }
        let event = switchTo(co, .close)
        if case .failed(let error) = event {
            if case Signal.raise(let exc) = error, typeName(exc) == "GeneratorExit" || typeName(exc) == "StopIteration" { return }
            if error is CoroutineKilled { return }
            throw error
        }
    }

    func finishCoroutine(_ gen: ObjID) {
        suspendedGenerators[gen] = nil
        if case .generator = heap[gen].payload { heap.objects[gen].payload = .generator(frame: none) }
    }

    /// Ends a suspended coroutine without running more of its code (its consumer is done with it,
    /// or it was freed): it counts as stopped by the model from then on.
    func killCoroutine(_ gen: ObjID) {
        guard let co = coroutines[gen], !co.running else { return }
        coroutines[gen] = nil
        var rounds = 0
        while !co.done, rounds < 64 {
            _ = switchTo(co, .kill)
            rounds += 1
        }
    }

    /// Ends every coroutine of this interpreter (before it is dropped or copied).
    func shutDownCoroutines() {
        for gen in coroutines.keys.sorted() { killCoroutine(gen) }
    }
}

extension Interpreter {
    /// What awaiting `v` gives: a task's result; any other value is its own (coroutines ran when called).
    func taskResult(_ v: ObjID) -> ObjID { taskResults[v] ?? v }

    /// `await x`: the result of the coroutine or task, or the exception its body raised.
    func awaited(_ v: ObjID) throws -> ObjID {
        let r = taskResult(v)
        if let exc = failedCoroutines[r] { throw Signal.raise(exc) }
        return r
    }

    /// A method of an `asyncio.Task` the model made: the coroutine already ran, so the task is
    /// done. `add_done_callback(fn)` calls `fn(task)` once the loop runs again (the driver runs
    /// scheduled callbacks when the code that scheduled them has returned).
    func taskMethod(_ method: String, _ task: ObjID, _ result: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                    site: Int, frame: Frame) throws -> ObjID {
        switch method {
        case "add_done_callback" where !args.isEmpty:
            scheduled.append(ScheduledCall(callee: args[0], args: [task], kwargs: [], site: site))
            return none
        case "remove_done_callback" where !args.isEmpty:
            let before = scheduled.count
            scheduled.removeAll { $0.callee == args[0] && $0.args == [task] }
            return makeInt(before - scheduled.count, site: site)
        case "result":
            if let exc = failedCoroutines[result] { throw Signal.raise(exc) }
            return result
        case "done":
            return bool(true)
        case "cancelled", "cancel":
            return bool(false)
        case "exception":
            return failedCoroutines[result] ?? none
        case "get_name", "get_coro", "get_loop", "get_context", "get_stack":
            return opaque(site: site)
        case "set_name":
            return none
        default:
            escape("`Task.\(method)()`", args + kwargs.map(\.1), site: site)
            return opaque(site: site)
        }
    }
}
