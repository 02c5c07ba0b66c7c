@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// Shapes found by the h76–h78 and m57–m58 corpus rounds and on numpy's sources: a `StringIO`
/// buffer kept as a default, functions installed as interpreter hooks, pure-Python fallbacks of
/// missing accelerator modules, names a package binds in code the model did not run and shallow
/// copies that share the default's nested objects.
@Suite struct BuffersHooksAndFallbacksTests {
    static func provided(_ name: String, _ source: String, isPackage: Bool = false) throws -> ProvidedModule {
        try ImportTests.provided(name, source, isPackage: isPackage)
    }

    /// The outcome for a default of the main module `name`, in an application made of `modules`.
    func outcome(_ main: String, name: String = "app", _ modules: [ProvidedModule], function: String, parameter: String,
                 bounds: SimulationBounds = .init()) throws -> SimulationOutcome {
        var options = SimulationOptions()
        options.bounds = bounds
        let module = try TestSupport.lower(main, moduleName: name)
        let me = ProvidedModule(name: name, module: module, isPackage: false, path: name + ".py", origin: .project)
        options.modules = StaticModuleProvider([me] + modules, distributed: false)
        let sim = ModuleSimulation(module: module, options: options)
        let def = try #require(sim.module.functions.first { $0.name == function })
        let index = try #require(def.parameters.firstIndex { $0.name == parameter })
        return sim.defaultArgument(function: def, parameter: index)
    }

    /// A `StringIO` default keeps what each call writes; one truncated back to the mark `tell()`
    /// gave before writing (or to 0) is bounded. (CPython: h78, m54.)
    @Test func aStringIOBufferKeepsItsWritesUntilTruncated() throws {
        let kept = """
        import io

        def render(title, out=io.StringIO()):
            out.write(f"== {title} ==\\n")
            return out.getvalue()
        """
        #expect(try TestSupport.defaultVerdict(kept, function: "render", parameter: "out") == .confirmed)
        let rewound = """
        import io

        class Report:
            def __init__(self, title, out=io.StringIO()):
                self.out = out
                self.start = out.tell()
                out.write(f"{title}\\n")

            def text(self):
                self.out.seek(self.start)
                text = self.out.read()
                self.out.seek(self.start)
                self.out.truncate()
                return text

        def report(name):
            r = Report(name)
            return r.text()
        """
        #expect(try TestSupport.defaultVerdict(rewound, function: "__init__", parameter: "out") == .refuted)
        let cleared = """
        import io

        def render(title, out=io.StringIO()):
            out.write(f"== {title} ==\\n")
            text = out.getvalue()
            out.seek(0)
            out.truncate()
            return text
        """
        #expect(try TestSupport.defaultVerdict(cleared, function: "render", parameter: "out") == .refuted)
    }

    /// A function installed as `warnings.showwarning` is called by the interpreter with a
    /// warning's category, file and line (a fixed set): growth with new arguments on every call
    /// does not show what it keeps, so it is not confirmed. The same function that the
    /// application calls itself with new values is. (CPython: h76.)
    @Test func aRuntimeHookIsNotConfirmedByNewArguments() throws {
        let hook = """
        import warnings

        def _log_warning(message, category, filename, lineno, file=None, line=None, _shown=set()):
            key = (category.__name__, filename, lineno)
            if key in _shown:
                return
            _shown.add(key)

        warnings.showwarning = _log_warning

        def connect(host):
            warnings.warn("deprecated", DeprecationWarning)
            return host
        """
        let o = try outcome(hook, [], function: "_log_warning", parameter: "_shown")
        #expect(o.verdict == .unknown)
        #expect(o.evidence.assumptions.contains { if case .calledByRuntimeHook(_, "warnings.showwarning") = $0 { return true } else { return false } })
        let called = """
        def remember(message, category, filename, lineno, _shown=set()):
            key = (category, filename, lineno)
            if key in _shown:
                return
            _shown.add(key)

        def handle(n):
            remember(f"m{n}", f"c{n}", f"f{n}", n)
        """
        #expect(try outcome(called, [], function: "remember", parameter: "_shown").verdict == .confirmed)
    }

    static let rowtools = """
    try:
        from ._rowtools import as_list
    except ImportError:
        from .impl import as_list
    """

    /// `try: from ._speedups import f` / `except ImportError: from .impl import f`: the project has
    /// no `_speedups` module (a compiled or generated one), so the pure-Python fallback is what
    /// runs; whether it hands the default back or copies it decides. (CPython: m57.)
    @Test func aMissingAcceleratorModuleRunsTheFallback() throws {
        let main = """
        import rowtools as rt

        def header_for(records, required=["id"]):
            columns = rt.as_list(required)
            for record in records:
                for key in record:
                    if key not in columns:
                        columns.append(key)
            return columns

        def table(n):
            return header_for([{f"c{n}": n}])
        """
        let asIs = """
        def as_list(value):
            if isinstance(value, list):
                return value
            return list(value)
        """
        let copies = """
        def as_list(value):
            return list(value)
        """
        let grows = try outcome(main, [try Self.provided("rowtools", Self.rowtools, isPackage: true),
                                       try Self.provided("rowtools.impl", asIs)], function: "header_for", parameter: "required")
        #expect(grows.verdict == .confirmed)
        let copied = try outcome(main, [try Self.provided("rowtools", Self.rowtools, isPackage: true),
                                        try Self.provided("rowtools.impl", copies)], function: "header_for", parameter: "required")
        #expect(copied.verdict == .refuted)
    }

    /// A package whose `__init__` stops at the model's import bound before `from .impl import
    /// helper`: CPython bound `helper`, so `pkg.helper(...)` runs that function (imported when
    /// needed), and its store decides. (numpy's `np.iterable`.)
    @Test func aNameTheStoppedPackageWouldBindIsImportedWhenNeeded() throws {
        let package = """
        TABLE = []
        for i in range(400):
            TABLE.append(i * i)
        from .impl import remember
        """
        let impl = """
        def remember(bucket, value):
            bucket.append(value)
        """
        let main = """
        import pkg

        def track(value, seen=[]):
            pkg.remember(seen, value)
            return len(seen)

        def handle(n):
            return track(f"v{n}")
        """
        var bounds = SimulationBounds()
        bounds.maxImportSteps = 300
        let o = try outcome(main, [try Self.provided("pkg", package, isPackage: true), try Self.provided("pkg.impl", impl)],
                            function: "track", parameter: "seen", bounds: bounds)
        #expect(o.verdict == .confirmed)
    }

    /// `self.options = dict(options)` of a default holding a list shares that list: a subclass
    /// method that appends to `self.options["middleware"]` and that no scenario runs keeps the
    /// verdict from being refuted. A default holding only constants is copied whole. (CPython: m58.)
    @Test func aShallowCopyUnderAnAttributeSharesNestedObjects() throws {
        let nested = """
        class Plugin:
            def __init__(self, options={"middleware": [], "quality": 85}):
                self.options = dict(options)

            def run(self, image):
                for step in self.options["middleware"]:
                    image = step(image)
                return image

        class Thumbnails(Plugin):
            def setup(self):
                self.options["middleware"].append(self.run)
        """
        #expect(try TestSupport.defaultVerdict(nested, function: "__init__", parameter: "options") != .refuted)
        let flat = """
        class Plugin:
            def __init__(self, options={"quality": 85}):
                self.options = dict(options)

            def run(self, image):
                return self.options.get("quality")

        class Thumbnails(Plugin):
            def setup(self):
                self.options["middleware"] = []
        """
        #expect(try TestSupport.defaultVerdict(flat, function: "__init__", parameter: "options") == .refuted)
    }

    /// Library code writes into a buffer it is handed: `print(file=)`, a `csv.writer`, a logging
    /// `StreamHandler`, `json.dump`. `truncate(0)` alone leaves the position at the end, so the
    /// next write pads back up to it: the buffer still grows. `close()` frees it, and `closed`
    /// says so. (CPython: h79.)
    @Test func libraryWritersFillADefaultBuffer() throws {
        let printed = """
        import io

        def help_text(names, out=io.StringIO()):
            if out.closed:
                out = io.StringIO()
            for name in names:
                print(name, file=out)
            text = out.getvalue()
            out.FINISH()
            return text
        """
        #expect(try TestSupport.defaultVerdict(printed.replacingOccurrences(of: "FINISH", with: "flush"), function: "help_text", parameter: "out") == .confirmed)
        #expect(try TestSupport.defaultVerdict(printed.replacingOccurrences(of: "FINISH", with: "close"), function: "help_text", parameter: "out") == .refuted)
        let csvText = """
        import csv
        import io

        def to_csv(rows, buf=io.StringIO()):
            RESET
            writer = csv.writer(buf)
            writer.writerows(rows)
            return buf.getvalue()
        """
        #expect(try TestSupport.defaultVerdict(csvText.replacingOccurrences(of: "RESET", with: "buf.truncate(0)"), function: "to_csv", parameter: "buf") == .confirmed)
        #expect(try TestSupport.defaultVerdict(csvText.replacingOccurrences(of: "RESET", with: "buf.seek(0)\n    buf.truncate()"), function: "to_csv", parameter: "buf") == .refuted)
        let logged = """
        import io
        import logging

        log = logging.getLogger("shop")

        def capture(sku, stream=io.StringIO()):
            handler = logging.StreamHandler(stream)
            log.addHandler(handler)
            log.setLevel(logging.INFO)
            log.propagate = False
            try:
                log.info("syncing %s", sku)
            finally:
                log.removeHandler(handler)
            return stream.getvalue()
        """
        #expect(try TestSupport.defaultVerdict(logged, function: "capture", parameter: "stream") == .confirmed)
        let dumped = """
        import io
        import json

        def payload(event, out=io.StringIO()):
            json.dump({"event": event}, out)
            return out.getvalue()
        """
        #expect(try TestSupport.defaultVerdict(dumped, function: "payload", parameter: "out") == .confirmed)
    }

    /// A decorator factory's closure (`register`) that the application applies to its own
    /// functions: growth only from calling it with new arguments is not confirmed when the
    /// application's own work, run from its entry points, does not grow the default; growth there
    /// is confirmed. (CPython: m59.)
    @Test func aRegistrationClosureIsJudgedByTheApplicationsWork() throws {
        let registry = """
        def listeners(event, add=None, _table={}):
            found = _table.setdefault(event, {})
            if add is not None:
                STORE
            return found.values()

        def on(event):
            def register(fn):
                listeners(event, add=fn)
                return fn
            return register

        def emit(event, *args):
            for fn in list(listeners(event)):
                fn(*args)

        def run_job(job):
            @on("job.finished")
            def notify(result):
                job["status"] = result

            emit("job.finished", job["id"])
            return job.get("status")
        """
        let byName = try outcome(registry.replacingOccurrences(of: "STORE", with: "found[add.__qualname__] = add"), [],
                                 function: "listeners", parameter: "_table")
        #expect(byName.verdict == .unknown)
        let appended = try outcome(registry.replacingOccurrences(of: "STORE", with: "found.setdefault(add.__qualname__, []).append(add)"), [],
                                   function: "listeners", parameter: "_table")
        #expect(appended.verdict == .confirmed)
    }
}
