import HeapSim
import PythonModel
import Testing
import TestSupport

/// Callers the call graph finds beyond calls by name (stop 50): instances of subclasses that
/// inherit an `__init__`, `*args` / `**kwargs` forwarded by an override, and names looked up from a
/// constant prefix. Each pair differs in one line; the first of each was refuted before.
@Suite struct SubclassCallersAndLookupsTests {
    func outcome(_ source: String, function name: String, parameter: String, owner: String? = nil) throws -> SimulationOutcome {
        let module = try TestSupport.lower(source)
        let def = try #require(module.functions.first { $0.name == name && (owner == nil || $0.enclosingClass?.name == owner) })
        let index = try #require(def.parameters.firstIndex { $0.name == parameter })
        return ModuleSimulation(module: module).defaultArgument(function: def, parameter: index)
    }

    static let pipeline = """
    import itertools
    _jobs = itertools.count()

    class Pipeline:
        def __init__(self, stages=[]):
            self.stages = stages

        def validate(self, stage):
            raise NotImplementedError

        def add_stage(self, stage):
            self.validate(stage)
            self.stages.append(stage)
            return self

    class StrictPipeline(Pipeline):
        def validate(self, stage):
            if not stage.get("name"):
                raise ValueError(stage)

    def scenario():
        n = next(_jobs)
        StrictPipeline().add_stage({"name": "resize-%d" % n})
    """

    /// `StrictPipeline()` runs the `__init__` it inherits: the scenario is its caller, and the
    /// subclass's `validate` lets the append run.
    @Test func aSubclassInstanceCallsTheInheritedInit() throws {
        let module = try TestSupport.lower(Self.pipeline)
        let initDef = try #require(module.functions.first { $0.name == "__init__" })
        let graph = CallGraph(module: module)
        #expect(graph.sites(of: initDef).count == 1)
        #expect(!graph.escapes(initDef))
        let o = try outcome(Self.pipeline, function: "__init__", parameter: "stages")
        #expect(o.verdict == .confirmed)
    }

    /// The twin: the stage has no name, so every `add_stage` raises before the append.
    @Test func aSubclassThatRejectsEveryStageKeepsNothing() throws {
        let source = Self.pipeline.replacingOccurrences(of: "{\"name\": \"resize-%d\" % n}", with: "{\"width\": n}")
            .replacingOccurrences(of: "StrictPipeline().add_stage", with: "try:\n        StrictPipeline().add_stage")
            + "\n    except ValueError:\n        pass\n"
        let o = try outcome(source, function: "__init__", parameter: "stages")
        #expect(o.verdict == .refuted)
    }

    static let limiter = """
    import itertools
    _requests = itertools.count()

    class RateLimiter:
        def __init__(self, limit, buckets={}):
            self.limit = limit
            self.buckets = buckets

        def bucket_key(self, request):
            raise NotImplementedError

        def allow(self, request):
            key = self.bucket_key(request)
            self.buckets[key] = self.buckets.get(key, 0) + 1
            return self.buckets[key] <= self.limit

    class PerUserLimiter(RateLimiter):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)

        def bucket_key(self, request):
            return request["KEY"]

    def scenario():
        n = next(_requests)
        return PerUserLimiter(100).allow({"user": "user-%d" % n, "route": "/items/%d" % (n % 5)})
    """

    /// `super().__init__(*args, **kwargs)` forwards what `PerUserLimiter(100)` passes: not
    /// `buckets`, so the scenario is run, and a key per user grows the dict.
    @Test func forwardedArgumentsPassOnlyWhatTheCallersPass() throws {
        let source = Self.limiter.replacingOccurrences(of: "KEY", with: "user")
        let module = try TestSupport.lower(source)
        let initDef = try #require(module.functions.first { $0.name == "__init__" && $0.enclosingClass?.name == "RateLimiter" })
        let graph = CallGraph(module: module)
        #expect(!graph.allCalls(pass: initDef.parameters[2], of: initDef))
        #expect(try outcome(source, function: "__init__", parameter: "buckets", owner: "RateLimiter").verdict == .confirmed)
        // Keyed by one of five routes instead: bounded.
        let bounded = Self.limiter.replacingOccurrences(of: "KEY", with: "route")
        #expect(try outcome(bounded, function: "__init__", parameter: "buckets", owner: "RateLimiter").verdict == .refuted)
    }

    /// A caller that passes `buckets=` by keyword through the forwarding override passes it.
    @Test func forwardedKeywordPasses() throws {
        let source = Self.limiter.replacingOccurrences(of: "KEY", with: "user")
            .replacingOccurrences(of: "PerUserLimiter(100)", with: "PerUserLimiter(100, buckets={})")
        let module = try TestSupport.lower(source)
        let initDef = try #require(module.functions.first { $0.name == "__init__" && $0.enclosingClass?.name == "RateLimiter" })
        #expect(CallGraph(module: module).allCalls(pass: initDef.parameters[2], of: initDef))
    }

    static let export = """
    import itertools
    import sys
    _reports = itertools.count()

    def export_csv(report, columns, rows, _headers={}):
        if columns not in _headers:
            _headers[columns] = ",".join(c.upper() for c in columns)
        return _headers[columns] + "\\n" + report

    def export(fmt, report, columns, rows):
        writer = getattr(sys.modules[__name__], "export_" + fmt)
        return writer(report, columns, rows)

    def scenario():
        n = next(_reports)
        return export("csv", "daily-%d" % n, COLUMNS, [])
    """

    /// `getattr(module, "export_" + fmt)` calls `export_csv` from `export`: the scenario's columns
    /// (one constant tuple) make one key; a report's own name as columns makes a key per call.
    @Test func aNameLookedUpFromAPrefixIsACall() throws {
        let fixed = Self.export.replacingOccurrences(of: "COLUMNS", with: "(\"sku\", \"qty\")")
        let module = try TestSupport.lower(fixed)
        let def = try #require(module.functions.first { $0.name == "export_csv" })
        #expect(CallGraph(module: module).sites(of: def).count == 1)
        #expect(try outcome(fixed, function: "export_csv", parameter: "_headers").verdict == .refuted)
        let fresh = Self.export.replacingOccurrences(of: "COLUMNS", with: "(\"sku-%d\" % n,)")
        #expect(try outcome(fresh, function: "export_csv", parameter: "_headers").verdict == .confirmed)
    }

    /// `copy.deepcopy` of a dict holding an instance whose `__deepcopy__` returns itself shares
    /// it: what the copy's sink records stays in the default. Without the hook it is copied.
    @Test func aDeepcopyHookDecidesTheCopy() throws {
        let source = """
        import copy
        import itertools
        _runs = itertools.count()

        class Metrics:
            def __init__(self):
                self.samples = []
            def record(self, name):
                self.samples.append(name)
            def __deepcopy__(self, memo):
                return self

        def run_stage(rows, spec={"name": "normalize", "metrics": Metrics()}):
            stage = copy.deepcopy(spec)
            stage["metrics"].record("%s:%s" % (stage["name"], rows[0]))
            return rows

        def scenario():
            return run_stage(["order-%d" % next(_runs)])
        """
        #expect(try outcome(source, function: "run_stage", parameter: "spec").verdict == .confirmed)
        let copied = source.replacingOccurrences(of: "    def __deepcopy__(self, memo):\n        return self\n", with: "")
        #expect(try outcome(copied, function: "run_stage", parameter: "spec").verdict == .refuted)
    }

    /// `string.Template.substitute` raises KeyError for a name the mapping lacks: the discard
    /// after it never runs for the failing template. `safe_substitute` does not raise.
    @Test func aTemplateSubstitutionRaisesForAMissingName() throws {
        let source = """
        import itertools
        import string
        _ids = itertools.count()

        def render(name, source, context, _active=set()):
            _active.add(name)
            text = string.Template(source).METHOD(context)
            _active.discard(name)
            return text

        def scenario():
            n = next(_ids)
            try:
                render("reset-%d" % n, "Dear $user, $link", {"user": "c-%d" % n})
            except KeyError:
                pass
        """
        #expect(try outcome(source.replacingOccurrences(of: "METHOD", with: "substitute"), function: "render", parameter: "_active").verdict == .confirmed)
        #expect(try outcome(source.replacingOccurrences(of: "METHOD", with: "safe_substitute"), function: "render", parameter: "_active").verdict == .refuted)
    }

    /// twisted's microdom shape: a base method hands its default to a method every subclass
    /// overrides, and is reached through another method (`pretty` → `toxml` → `writexml`). The
    /// instance an outside caller holds may be of any subclass: the one whose override grows the
    /// default is tried first, however many there are, and growth on that choice is growth. A
    /// subclass's override in the same module is a statement the run must reach before refuting.
    static func nodes(_ growing: String, subclasses: Int = 5) -> String {
        var text = """
        class Node:
            def writexml(self, stream, prefixes={}):
                raise NotImplementedError()

            def toxml(self, prefixes={}):
                out = []
                self.writexml(out, prefixes)
                return "".join(out)

            def pretty(self):
                return self.toxml()

        """
        for n in 0..<subclasses {
            text += """

            class Kind\(n)(Node):
                def writexml(self, stream, prefixes={}):
                    stream.append("k")

            """
        }
        return text + """

        class Last(Node):
            def writexml(self, stream, prefixes={}):
                \(growing)
                stream.append("e")

        """
    }

    @Test func anOverrideInTheSameModuleDecidesThroughTheSubclassChoice() throws {
        // Growing in the sixth subclass: confirmed (was refuted: only four subclasses were tried,
        // and the override's store was not a statement to reach).
        let grows = try outcome(Self.nodes("prefixes[len(prefixes)] = stream"), function: "toxml", parameter: "prefixes")
        #expect(grows.verdict == .confirmed, "\(String(describing: grows.reason)) \(grows.evidence.assumptions)")
        // The same key every call (a fresh list, empty): bounded, refuted.
        let bounded = try outcome(Self.nodes("prefixes[len(stream)] = stream"), function: "toxml", parameter: "prefixes")
        #expect(bounded.verdict == .refuted, "\(String(describing: bounded.reason)) \(bounded.evidence.assumptions)")
        // No override stores: refuted.
        let reads = try outcome(Self.nodes("print(len(prefixes))"), function: "toxml", parameter: "prefixes")
        #expect(reads.verdict == .refuted, "\(String(describing: reads.reason)) \(reads.evidence.assumptions)")
    }

    /// `@overload` stubs are replaced by the implementation: not entry points of the module (the
    /// stub was run as one and was "never created", which left the verdict unknown).
    @Test func overloadStubsAreNotEntryPoints() throws {
        let source = """
        from typing import overload

        class Tag:
            def __init__(self, name, active=[]):
                active.append(name)
                self.name = name.lower()
                active.remove(name)

            def __eq__(self, other):
                return Tag(str(other)).name == self.name

            def __hash__(self):
                return hash(self.name)

        @overload
        def tagged(name: str) -> bool: ...
        @overload
        def tagged(name: bytes) -> bool: ...
        def tagged(name):
            return Tag("x") == name
        """
        let o = try outcome(source, function: "__init__", parameter: "active")
        #expect(o.verdict == .refuted, "\(String(describing: o.reason)) \(o.evidence.assumptions)")
    }
}
