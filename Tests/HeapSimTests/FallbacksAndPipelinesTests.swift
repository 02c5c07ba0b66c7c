import Foundation
@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// Optional imports the target environment lacks, iterator pipelines that call a function with
/// the items (`starmap`, `map` over several iterables, `takewhile`), `hasattr` of an attribute no
/// code sets, and `typing` helpers that hand back what they are given.
@Suite struct FallbacksAndPipelinesTests {
    let imports = ImportTests()

    func outcome(_ source: String, function: String, parameter: String) throws -> SimulationOutcome {
        try imports.outcome(source, [], function: function, parameter: parameter)
    }

    // MARK: - Optional imports

    /// `try: from fastjson import encode_key` / `except ImportError:` where the target environment
    /// has no `fastjson` at all: the fallback runs on one way (it returns before the store), the
    /// accelerated path on the other (where the module is installed, it grows the memo): growth
    /// on one way only is undecided, never refuted. (Before, the module was always taken as there,
    /// so the fallback never ran.) When neither way stores, refuted; installed, confirmed.
    @Test func anOptionalModuleTheEnvironmentLacksIsAChoiceOfBothWays() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hl-absent-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for dir in ["proj", "lib", "site"] { try FileManager.default.createDirectory(atPath: root + "/" + dir, withIntermediateDirectories: true) }
        let source = """
        import json

        def encode_event(event, _escaped={}):
            try:
                from fastjson import encode_key
            except ImportError:
                return json.dumps(event)
            parts = []
            for key in event:
                if key not in _escaped:
                    _escaped[key] = encode_key(key)
                parts.append(_escaped[key])
            return ",".join(parts)
        """
        func verdict(_ source: String) throws -> SimulationOutcome {
            let env = PythonEnvironment(interpreter: "/usr/bin/python3", source: "test", version: "3.11",
                                        standardLibrary: [root + "/lib"], searchPath: [root + "/lib", root + "/site", root + "/missing.zip"])
            var options = SimulationOptions()
            options.modules = ProjectModel(roots: [root + "/proj"], environment: env)
            let sim = ModuleSimulation(module: try TestSupport.lower(source, moduleName: "app"), options: options)
            let def = try #require(sim.module.functions.first { $0.name == "encode_event" })
            return sim.defaultArgument(function: def, parameter: 1)
        }
        let absent = try verdict(source)
        #expect(absent.verdict == .unknown, "\(String(describing: absent.reason)) \(absent.evidence.assumptions)")
        let neither = try verdict(source.replacingOccurrences(of: "_escaped[key] = encode_key(key)", with: "encode_key(key)")
            .replacingOccurrences(of: "parts.append(_escaped[key])", with: "parts.append(key)"))
        #expect(neither.verdict == .refuted, "\(String(describing: neither.reason)) \(neither.evidence.assumptions)")
        // (At module level the module is taken as there: the import gates the feature.)
        let gated = try verdict("""
        try:
            from fastjson import encode_key
        except ImportError:
            encode_key = None

        def encode_event(event, _escaped={}):
            for key in event:
                _escaped[key] = encode_key(key)
            return len(_escaped)
        """)
        #expect(gated.verdict == .confirmed, "\(String(describing: gated.reason)) \(gated.evidence.assumptions)")
        try "def encode_key(k):\n    return str(k)\n".write(toFile: root + "/site/fastjson.py", atomically: true, encoding: .utf8)
        let installed = try verdict(source)
        #expect(installed.verdict == .confirmed, "\(String(describing: installed.reason)) \(installed.evidence.assumptions)")
    }

    @Test func aModuleIsAbsentOnlyWhenNoEntryOfThePathCanHoldIt() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hl-absent-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for dir in ["proj", "lib", "site", "site/pkg"] { try FileManager.default.createDirectory(atPath: root + "/" + dir, withIntermediateDirectories: true) }
        try "".write(toFile: root + "/site/_speed.cpython-311-x86_64-linux-gnu.so", atomically: true, encoding: .utf8)
        let env = PythonEnvironment(interpreter: "/usr/bin/python3", source: "test", version: "3.11", standardLibrary: [root + "/lib"],
                                    searchPath: [root + "/lib", root + "/site"], builtinModules: ["_json"])
        let model = ProjectModel(roots: [root + "/proj"], environment: env)
        #expect(model.isAbsent("fastjson"))
        #expect(!model.isAbsent("_speed"))     // an extension module
        #expect(!model.isAbsent("pkg"))        // a namespace portion
        #expect(!model.isAbsent("_json"))      // compiled in
        #expect(!ProjectModel(roots: [root + "/proj"]).isAbsent("fastjson"))   // no environment: cannot tell
        // A zip archive on the path may hold anything.
        try "PK".write(toFile: root + "/eggs.zip", atomically: true, encoding: .utf8)
        let zipped = PythonEnvironment(interpreter: "/usr/bin/python3", source: "test", version: "3.11", standardLibrary: [root + "/lib"],
                                       searchPath: [root + "/lib", root + "/eggs.zip", root + "/site"])
        #expect(!ProjectModel(roots: [root + "/proj"], environment: zipped).isAbsent("fastjson"))
    }

    // MARK: - Pipelines

    /// `starmap(f, ((k, v, seen) for …))` and `map(f, xs, ys, [seen] * n)`: `f` gets the default
    /// inside each item. (Before, the call was not a store site, `starmap` called `f` with made-up
    /// arguments and `map` dropped the iterables past the first: refuted.)
    @Test func starmapAndMapOverSeveralIterablesHandTheItemsToTheFunction() throws {
        let source = """
        import itertools

        def _convert(key, value, unconverted):
            unconverted.append((key, value))
            return key, repr(value)

        def export_row(row, _unconverted=[]):
            return dict(itertools.starmap(_convert, ((k, v, _unconverted) for k, v in row.items())))

        def export_list(row, _unconverted=[]):
            return dict(itertools.starmap(_convert, [(k, v, _unconverted) for k, v in row.items()]))

        def export_map(row, _unconverted=[]):
            return list(map(_convert, row.keys(), row.values(), [_unconverted] * len(row)))
        """
        for f in ["export_row", "export_list", "export_map"] {
            let grows = try outcome(source, function: f, parameter: "_unconverted")
            #expect(grows.verdict == .confirmed, "\(f): \(String(describing: grows.reason)) \(grows.evidence.assumptions)")
            let reads = try outcome(source.replacingOccurrences(of: "unconverted.append((key, value))", with: "len(unconverted)"),
                                    function: f, parameter: "_unconverted")
            #expect(reads.verdict == .refuted, "\(f): \(String(describing: reads.reason)) \(reads.evidence.assumptions)")
        }
    }

    /// `takewhile` stops pulling from a generator at the first item it rejects: the code after
    /// that item's `yield` does not run. `dropwhile` tests items only until one passes.
    @Test func takewhileStopsPullingAtTheFirstRejectedItem() throws {
        let source = """
        import itertools

        def _lines(text, seen):
            for line in text.splitlines():
                yield line
                seen.append(line)

        def header(text, seen=[]):
            lines = itertools.takewhile(lambda line: False, _lines(text, seen))
            return list(lines)
        """
        let stops = try outcome(source, function: "header", parameter: "seen")
        #expect(stops.verdict == .refuted, "\(String(describing: stops.reason)) \(stops.evidence.assumptions)")
        let drops = try outcome(source.replacingOccurrences(of: "takewhile(lambda line: False", with: "dropwhile(lambda line: False"),
                                function: "header", parameter: "seen")
        #expect(drops.verdict != .refuted, "\(String(describing: drops.reason)) \(drops.evidence.assumptions)")
    }

    // MARK: - hasattr

    /// `hasattr(money, "to_json")` on an instance whose class chain the model has, of an attribute
    /// no code sets: False, so the store behind it runs (it was undecided: unknown). Defined by the
    /// class: True, and nothing is stored.
    @Test func hasattrOfAnAttributeNoCodeSetsIsFalse() throws {
        let source = """
        class Money:
            def __init__(self, cents):
                self.cents = cents

        def export(n, unconverted=[]):
            m = Money(n)
            if hasattr(m, "to_json"):
                return m.to_json()
            unconverted.append(m)
            return repr(m)
        """
        let missing = try outcome(source, function: "export", parameter: "unconverted")
        #expect(missing.verdict == .confirmed, "\(String(describing: missing.reason)) \(missing.evidence.assumptions)")
        let present = try outcome(source.replacingOccurrences(of: "        self.cents = cents\n", with: "        self.cents = cents\n\n    def to_json(self):\n        return self.cents\n"),
                                  function: "export", parameter: "unconverted")
        #expect(present.verdict == .refuted, "\(String(describing: present.reason)) \(present.evidence.assumptions)")
        // (Set by some code of the module: it may be there, undecided.)
        let setElsewhere = try outcome(source + "\ndef patch(m):\n    m.to_json = lambda: 0\n", function: "export", parameter: "unconverted")
        #expect(setElsewhere.verdict != .refuted)
    }

    // MARK: - Identity against library globals

    /// `self.file is not sys.stdout` for a `StringIO` the caller made: no code heaplint cannot see
    /// ever got it, so it is not `sys.stdout` (the test was undecided: unknown). Once the code puts
    /// it there (`sys.stdout = buf`), it may be.
    @Test func aBufferTheSimulationMadeIsNotALibraryGlobal() throws {
        let source = """
        import io
        import sys

        def emit(text, seen={}):
            buf = io.StringIO()
            if buf is not sys.stdout:
                seen[text] = len(text)
            return len(seen)
        """
        let decided = try outcome(source, function: "emit", parameter: "seen")
        #expect(decided.verdict == .confirmed, "\(String(describing: decided.reason)) \(decided.evidence.assumptions)")
        let redirected = try outcome(source.replacingOccurrences(of: "    buf = io.StringIO()\n", with: "    buf = io.StringIO()\n    sys.stdout = buf\n"),
                                     function: "emit", parameter: "seen")
        #expect(redirected.verdict == .unknown, "\(String(describing: redirected.reason)) \(redirected.evidence.assumptions)")
    }

    // MARK: - typing

    /// `cast(T, value)`, `assert_type(value, T)` and `reveal_type(value)` hand back `value` itself;
    /// `@final` and `@no_type_check` hand back the function.
    @Test func typingHelpersHandBackWhatTheyAreGiven() throws {
        let source = """
        import typing
        from typing import List, cast, final, no_type_check

        def by_cast(item, seen=[]):
            bucket = cast(List[str], seen)
            bucket.append(item)
            return len(bucket)

        def by_module_cast(item, seen=[]):
            typing.cast("list[str]", seen).append(item)
            return len(seen)

        def by_assert_type(item, seen=[]):
            typing.assert_type(seen, list).append(item)
            return len(seen)

        class Registry:
            @final
            def add(self, item, seen=[]):
                seen.append(item)
                return len(seen)

        @no_type_check
        def untyped(item, seen=[]):
            seen.append(item)
            return len(seen)
        """
        for f in ["by_cast", "by_module_cast", "by_assert_type", "add", "untyped"] {
            let o = try outcome(source, function: f, parameter: "seen")
            #expect(o.verdict == .confirmed, "\(f): \(String(describing: o.reason)) \(o.evidence.assumptions)")
        }
    }
}
