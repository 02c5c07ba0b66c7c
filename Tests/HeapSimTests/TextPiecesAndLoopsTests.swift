@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// Shapes found by the h137–h142 and m103–m104 corpus rounds: parts cut out of text the model does
/// not know, a format spec after a conversion, a `return` inside a loop over data the model cannot
/// count, `str.encode` of text a codec cannot encode, items of what unseen code made, and
/// `urllib.parse` of known text. Each test is a pair that must come out differently.
@Suite struct TextPiecesAndLoopsTests {
    func outcome(_ source: String, function: String, parameter: String) throws -> SimulationOutcome {
        let module = try TestSupport.lower(source, moduleName: "app")
        var options = SimulationOptions()
        options.modules = StaticModuleProvider([ProvidedModule(name: "app", module: module, isPackage: false, path: "app.py", origin: .project)],
                                               distributed: false)
        let sim = ModuleSimulation(module: module, options: options)
        let def = try #require(sim.module.functions.first { $0.name == function && $0.parameters.contains { $0.name == parameter } })
        let index = try #require(def.parameters.firstIndex { $0.name == parameter })
        return sim.defaultArgument(function: def, parameter: index)
    }

    /// `os.path.normpath(p).split("/")[2]` of text the model does not know: a part that may be the
    /// same for many paths (h132: a false confirmation). The whole normalised path is new text.
    @Test func partsOfUnknownTextMayRepeat() throws {
        let source = """
        import os.path

        def tier(path, _cache={}):
            _cache[KEY] = 1
        """
        let part = try outcome(source.replacingOccurrences(of: "KEY", with: "os.path.normpath(path).split(\"/\")[2]"),
                               function: "tier", parameter: "_cache")
        #expect(part.verdict == .unknown)
        let whole = try outcome(source.replacingOccurrences(of: "KEY", with: "os.path.normpath(path)"), function: "tier", parameter: "_cache")
        #expect(whole.verdict == .confirmed)
    }

    /// `f"{x!s:>{w}}"` formats `str(x)`: the instance's own `__format__` is not called (h25: a
    /// false confirmation). Without the conversion it is, with the nested spec's text.
    @Test func conversionSkipsTheInstancesFormat() throws {
        let source = """
        import itertools
        _n = itertools.count()

        class M:
            def __format__(self, spec, log=[]):
                log.append(spec)
                return "m"
            def __str__(self):
                return "m"

        def scenario():
            n = next(_n)
            return f"{M()FIELD:>{n}}"
        """
        let converted = try outcome(source.replacingOccurrences(of: "FIELD", with: "!s"), function: "__format__", parameter: "log")
        #expect(converted.verdict != .confirmed)
        let formatted = try outcome(source.replacingOccurrences(of: "FIELD", with: ""), function: "__format__", parameter: "log")
        #expect(formatted.verdict == .confirmed)
    }

    /// A `return` at a cap inside a loop over addresses the model cannot count leaves the notes
    /// the earlier rounds made (h140: a wrong refutation). With `break`, the clear after the loop
    /// always runs.
    @Test func returnInsideLoopOfUnknownLengthKeepsWhatEarlierRoundsAdded() throws {
        let source = """
        import collections
        from email.utils import getaddresses

        def validate(field, defects=collections.defaultdict(list)):
            accepted = []
            for name, addr in getaddresses([field]):
                if "@" not in addr:
                    defects["missing-at"].append(addr or name)
                    continue
                accepted.append(addr)
                if len(accepted) == 3:
                    EXIT
            report = dict(defects)
            defects.clear()
            return accepted, report
        """
        let returns = try outcome(source.replacingOccurrences(of: "EXIT", with: "return accepted, {}"), function: "validate", parameter: "defects")
        #expect(returns.verdict != .refuted)
        let breaks = try outcome(source.replacingOccurrences(of: "EXIT", with: "break"), function: "validate", parameter: "defects")
        #expect(breaks.verdict == .refuted)
    }

    /// `text.encode("ascii")` of text with `ß` raises UnicodeEncodeError, so the pop after the
    /// `yield` of a context manager is skipped (h140: a wrong refutation); ASCII text encodes.
    @Test func asciiEncodeOfOtherTextRaises() throws {
        let source = """
        import contextlib
        import itertools
        _n = itertools.count()

        @contextlib.contextmanager
        def section(name, stack=[]):
            stack.append(name)
            yield len(stack)
            stack.pop()

        def scenario():
            n = next(_n)
            try:
                with section("s%d" % n):
                    ("TEXT %d" % n).encode("ascii")
            except UnicodeEncodeError:
                pass
        """
        let raises = try outcome(source.replacingOccurrences(of: "TEXT", with: "Grüße"), function: "section", parameter: "stack")
        #expect(raises.verdict == .confirmed)
        let encodes = try outcome(source.replacingOccurrences(of: "TEXT", with: "Gruss"), function: "section", parameter: "stack")
        #expect(encodes.verdict == .refuted)
    }

    /// Tags of elements `ET.fromstring` made, counted into a Counter the default instance holds:
    /// values unseen code hands out, which may repeat (h139: a false confirmation). A tag built
    /// from the call's own number is a new key.
    @Test func itemsOfWhatUnseenCodeMadeMayRepeat() throws {
        let source = """
        import collections
        import itertools
        import xml.etree.ElementTree as ET
        _n = itertools.count()

        class Stats:
            def __init__(self):
                self.counts = collections.Counter()

        def audit(text, n, stats=Stats()):
            stats.counts.update(KEY for el in ET.fromstring(text).iter())

        def scenario():
            n = next(_n)
            audit("<feed><sku>%d</sku></feed>" % n, n)
        """
        let tags = try outcome(source.replacingOccurrences(of: "KEY", with: "el.tag"), function: "audit", parameter: "stats")
        #expect(tags.verdict == .unknown)
        let numbered = try outcome(source.replacingOccurrences(of: "KEY", with: "\"sku-%d\" % n"), function: "audit", parameter: "stats")
        #expect(numbered.verdict == .confirmed)
    }

    /// `urlsplit(url).hostname` and `parse_qsl(query)` of known text are computed: a host that is
    /// new every call grows the set; one that is always the same does not.
    @Test func urlPartsOfKnownTextAreComputed() throws {
        let source = """
        import itertools
        from urllib.parse import urlsplit, parse_qsl
        _n = itertools.count()

        def note(url, hosts=set()):
            parts = urlsplit(url)
            hosts.add(parts.hostname)
            for name, _ in parse_qsl(parts.query):
                hosts.add(name)

        def scenario():
            n = next(_n)
            note(URL)
        """
        let fresh = try outcome(source.replacingOccurrences(of: "URL", with: "f\"https://Shop{n}.example.com:8443/item?id={n}\""),
                                function: "note", parameter: "hosts")
        #expect(fresh.verdict == .confirmed)
        let same = try outcome(source.replacingOccurrences(of: "URL", with: "f\"https://shop.example.com/item/{n}?id={n}\""),
                               function: "note", parameter: "hosts")
        #expect(same.verdict == .refuted)
        #expect(Interpreter.urlSplit("HTTP://user:pw@Host:81/a;p?q=1#f", params: true) == ["http", "user:pw@Host:81", "/a", "p", "q=1", "f"])
        #expect(Interpreter.urlSplit("/path/only?x", params: false) == ["", "", "/path/only", "x", ""])
        #expect(Interpreter.parseQuery("a=1&b=&c&d=x+y%21", keepBlank: false).map { "\($0.0)=\($0.1)" } == ["a=1", "d=x y!"])
        #expect(Interpreter.parseQuery("a=1&b=&c", keepBlank: true).map { "\($0.0)=\($0.1)" } == ["a=1", "b=", "c="])
    }
}
