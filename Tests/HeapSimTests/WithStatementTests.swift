import HeapSim
import PythonModel
import Testing
import TestSupport

/// `with` as CPython runs it: `__exit__` sees the exception the block raised, its true result
/// swallows the exception, and a context manager used from outside is entered and exited.
@Suite struct WithStatementTests {
    func outcome(_ source: String, function name: String, parameter: String) throws -> SimulationOutcome {
        try EarnedRefutationTests().outcome(source, function: name, parameter: parameter)
    }

    static let span = """
    import itertools
    _ids = itertools.count()

    class Span:
        def __init__(self, name, active=[]):
            self.name = name
            self.active = active

        def __enter__(self):
            self.active.append(self.name)
            return self

        def __exit__(self, exc_type, exc, tb):
            if exc_type is None:
                self.active.pop()
            return False

    def handle():
        n = next(_ids)
        try:
            with Span(f"request {n}"):
                raise KeyError(n)
        except KeyError:
            return n
    """

    /// The block raises on every call: `__exit__` gets the exception's class, so it never pops.
    @Test func exitSeesTheExceptionOfTheBlock() throws {
        #expect(try outcome(Self.span, function: "__init__", parameter: "active").verdict == .confirmed)
        // A block that completes: `__exit__` gets `None` and pops what `__enter__` pushed.
        let completes = Self.span.replacingOccurrences(of: "raise KeyError(n)", with: "pass")
        #expect(try outcome(completes, function: "__init__", parameter: "active").verdict == .refuted)
    }

    /// `__exit__` returning True swallows the exception: the code after the block runs.
    @Test func aTrueExitSwallowsTheException() throws {
        let source = """
        class Quiet:
            def __enter__(self):
                return self
            def __exit__(self, *exc):
                return True

        def record(x, seen=[]):
            with Quiet():
                raise ValueError(x)
            seen.append(x)
        """
        #expect(try outcome(source, function: "record", parameter: "seen").verdict == .confirmed)
        let propagates = source.replacingOccurrences(of: "return True", with: "return False")
        // The exception leaves `record` on every call: the append never runs.
        #expect(try outcome(propagates, function: "record", parameter: "seen").verdict == .refuted)
    }

    /// A public context manager with no visible user: outside code enters and exits it, with a
    /// block that may raise, so an `__exit__` that keeps the entry on errors is not refuted.
    @Test func anUnusedContextManagerIsEnteredAndExited() throws {
        let library = """
        class Span:
            def __init__(self, name, active=[]):
                self.name = name
                self.active = active

            def __enter__(self):
                self.active.append(self.name)
                return self

            def __exit__(self, exc_type, exc, tb):
                self.active.remove(self.name)
        """
        #expect(try outcome(library, function: "__init__", parameter: "active").verdict == .refuted)
        let keepsOnError = library.replacingOccurrences(of: "        self.active.remove(self.name)",
                                                        with: "        if exc_type is None:\n            self.active.remove(self.name)")
        #expect(try outcome(keepsOnError, function: "__init__", parameter: "active").verdict != .refuted)
        // Entered but never exited by the class itself: grows.
        let noExitPop = library.replacingOccurrences(of: "        self.active.remove(self.name)", with: "        pass")
        #expect(try outcome(noExitPop, function: "__init__", parameter: "active").verdict == .confirmed)
    }

    static let override = """
    import itertools
    from contextlib import contextmanager

    SETTINGS = {"DEBUG": False}

    @contextmanager
    def override(changes, _undo=[]):
        for key, value in changes.items():
            _undo.append((key, SETTINGS.get(key)))
            SETTINGS[key] = value
        yield SETTINGS
        for _ in changes:
            key, old = _undo.pop()
            SETTINGS[key] = old

    _n = itertools.count()

    def check():
        n = next(_n)
        try:
            with override({"DEBUG": n}):
                if n % 2 == 0:
                    raise AssertionError(n)
        except AssertionError:
            pass
    """

    /// A `@contextmanager` generator: entering runs it to its `yield`, an exception of the block is
    /// thrown in there, so code after the `yield` (without `finally`) is skipped on errors.
    @Test func aContextmanagerGeneratorGetsTheBlocksException() throws {
        #expect(try outcome(Self.override, function: "override", parameter: "_undo").verdict == .confirmed)
        let restoring = Self.override.replacingOccurrences(of: "    yield SETTINGS\n    for _ in changes:",
                                                           with: "    try:\n        yield SETTINGS\n    finally:\n        for _ in changes:")
            .replacingOccurrences(of: "        key, old = _undo.pop()\n        SETTINGS[key] = old",
                                  with: "            key, old = _undo.pop()\n            SETTINGS[key] = old")
        #expect(try outcome(restoring, function: "override", parameter: "_undo").verdict == .refuted)
    }

    /// `ExitStack.enter_context` enters now and exits, last first, when the stack exits, handing
    /// each exit the pending exception.
    @Test func anExitStackExitsWhatItEntered() throws {
        let source = """
        import itertools
        from contextlib import ExitStack, contextmanager

        @contextmanager
        def lease(name, _held=set()):
            _held.add(name)
            yield name
            _held.discard(name)

        _n = itertools.count()

        def run():
            n = next(_n)
            try:
                with ExitStack() as stack:
                    held = [stack.enter_context(lease(f"r{n}-{i}")) for i in range(2)]
                    if n % 2 == 0:
                        raise TimeoutError(n)
                    return held
            except TimeoutError:
                return []
        """
        #expect(try outcome(source, function: "lease", parameter: "_held").verdict == .confirmed)
        let never = source.replacingOccurrences(of: "if n % 2 == 0:", with: "if n < 0:")
        #expect(try outcome(never, function: "lease", parameter: "_held").verdict == .refuted)
    }

    /// A block that calls code the model cannot see may raise for real callers: an exit that keeps
    /// its entry on errors is then not refuted.
    @Test func aBlockThatMayRaiseIsExitedBothWays() throws {
        let source = """
        from somewhere import work
        from contextlib import contextmanager

        @contextmanager
        def lease(name, _held=set()):
            _held.add(name)
            yield name
            _held.discard(name)

        def run(name):
            with lease(name):
                work(name)
        """
        #expect(try outcome(source, function: "lease", parameter: "_held").verdict == .unknown)
        let safe = source.replacingOccurrences(of: "    yield name\n    _held.discard(name)",
                                               with: "    try:\n        yield name\n    finally:\n        _held.discard(name)")
        #expect(try outcome(safe, function: "lease", parameter: "_held").verdict == .refuted)
    }
}
