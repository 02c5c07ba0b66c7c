@testable import HeapSim
import Project
import Testing

/// Standard-library classes that a program class names as a base, followed from the
/// interpreter's source (issue 7), and the builtins that code needs to run as CPython runs it.
extension ImportTests {
    /// A stand-in for `html.parser`: a base whose `feed` calls the subclass's hook per word.
    static let feeder = """
    class Feeder:
        def __init__(self):
            self.rawdata = ""

        def feed(self, data):
            self.rawdata = self.rawdata + data
            for word in self.rawdata.split():
                self.handle_word(word)
            self.rawdata = ""

        def handle_word(self, word):
            pass
    """

    static let collector = """
    from feeder import Feeder

    class Collector(Feeder):
        def __init__(self, words=[]):
            super().__init__()
            self.words = words

        def handle_word(self, word):
            self.words.append(word)

    def collect(text):
        c = Collector()
        c.feed(text)
        return len(c.words)
    """

    @Test func aStandardLibraryBaseRunsFromItsSource() throws {
        let lib = try Self.provided("feeder", Self.feeder, origin: .standardLibrary)
        // The base's `feed` calls the hook that appends to the shared default: it grows.
        let o = try outcome(Self.collector, [lib], function: "__init__", parameter: "words")
        #expect(o.verdict == .confirmed)
        #expect(o.modulesRead.contains("feeder"))
        // Not followed, the base is unseen code the default flows into.
        var off = SimulationBounds()
        off.followLibraryBases = false
        #expect(try outcome(Self.collector, [lib], function: "__init__", parameter: "words", bounds: off).verdict == .unknown)
        // The name bound by the import is the followed class too (`Feeder.__init__(self)`).
        let i = try load(Self.collector + "\nBASE_INIT = Feeder.__init__\n", [lib])
        if let f = i.global("BASE_INIT"), case .function = i.heap[f].payload {} else { Issue.record("expected the base's own __init__") }
    }

    /// A package installed in the target environment (site-packages) is followed the same way:
    /// a program class's base from it runs from its source.
    @Test func anInstalledPackagesBaseRunsFromItsSource() throws {
        let lib = try Self.provided("feeder", Self.feeder, origin: .environment)
        let o = try outcome(Self.collector, [lib], function: "__init__", parameter: "words")
        #expect(o.verdict == .confirmed, "\(String(describing: o.reason)) \(o.evidence.assumptions)")
        #expect(o.modulesRead.contains("feeder"))
        // Its base keeping nothing: refuted, where the unseen base left it unknown.
        let keeps = Self.collector.replacingOccurrences(of: "self.words.append(word)", with: "self.words.append(word)\n        self.words.remove(word)")
        #expect(try outcome(keeps, [lib], function: "__init__", parameter: "words").verdict == .refuted)
        var off = SimulationBounds()
        off.followLibraryBases = false
        #expect(try outcome(keeps, [lib], function: "__init__", parameter: "words", bounds: off).verdict == .unknown)
    }

    @Test func anExceptionRaisedInsideFollowedLibraryCodeDoesNotRefute() throws {
        // Whether the model or the input made the library raise, the store it never reached is
        // not shown dead: unknown, not refuted.
        let raising = Self.feeder.replacingOccurrences(of: "for word in self.rawdata.split():",
                                                       with: "if self.rawdata:\n            raise ValueError(\"no\")\n        for word in self.rawdata.split():")
        let lib = try Self.provided("feeder", raising, origin: .standardLibrary)
        #expect(try outcome(Self.collector, [lib], function: "__init__", parameter: "words").verdict == .unknown)
    }

    @Test func modelledOrTestingBasesAreNotFollowed() throws {
        // `threading` has a model; `unittest`'s TestCase is the unittest model's: neither is
        // replaced by its source.
        let threading = try Self.provided("threading", "class Thread:\n    pass\n", origin: .standardLibrary)
        let unittest = try Self.provided("unittest", "class TestCase:\n    pass\n", origin: .standardLibrary)
        let i = try load("import threading, unittest\n\nclass W(threading.Thread):\n    pass\n\nclass T(unittest.TestCase):\n    pass\n", [threading, unittest])
        #expect(i.sysModules["threading"] == nil)
        #expect(i.sysModules["unittest"] == nil)
        // A project module is never a library base: it is followed as the project's own.
        #expect(i.libraryBaseClasses.values.allSatisfy { $0 == nil })
    }
}

@Suite struct LibraryBuiltinTests {
    func load(_ source: String) throws -> Interpreter {
        try ImportTests().load(source, [])
    }

    func text(_ i: Interpreter, _ name: String) -> String? {
        i.global(name).flatMap { i.heap[$0].constant }
    }

    @Test func regexFlagsAreHonoured() throws {
        let i = try load(#"""
        import re
        PAIR = re.compile(r"""
            (?P<key>[a-z]+)    # the key
            \s* = \s*
            (?P<value>\d+)     # its value
        """, re.VERBOSE | re.IGNORECASE)
        m = PAIR.match("Width = 10")
        key = m.group("key")
        both = m.group(1, 2)
        spaced = re.compile(r"[ ]x", re.X).match(" x").group(0)
        plain = re.match("width", "Width")
        folded = re.match("width", "Width", re.I).group(0)
        inline = re.match("(?i)width", "WIDTH").group(0)
        end = re.search(r"a\Z", "a\n")
        """#)
        #expect(text(i, "key") == "Width")
        let both = try #require(i.global("both"))
        guard case .tuple(let parts) = i.heap[both].payload else { Issue.record("expected a tuple"); return }
        #expect(parts.map { i.heap[$0].constant } == ["Width", "10"])
        // (A space inside a character class stays in a verbose pattern.)
        #expect(text(i, "spaced") == " x")
        #expect(i.global("plain") == i.none)
        #expect(text(i, "folded") == "Width")
        #expect(text(i, "inline") == "WIDTH")
        // Python's `\Z` is the very end: no match before a final newline.
        #expect(i.global("end") == i.none)
    }

    @Test func unknownFlagsLeaveMatchesUnknown() throws {
        let i = try load("import re\n\ndef flags():\n    return 0\n\nm = re.compile('a', flags()).match('a')\nn = re.compile('a', re.LOCALE).match('a')\n")
        let m = try #require(i.global("m")), n = try #require(i.global("n"))
        #expect(m != i.none)
        #expect(n != i.none)
        if case .opaque = i.heap[n].payload {} else { Issue.record("expected an unknown match under LOCALE") }
    }

    @Test func bitwiseOperatorsComputeKnownInts() throws {
        let i = try load("a = 6 | 1\nb = 6 & 3\nc = 6 ^ 3\nd = 1 << 4\ne = -17 >> 2\n")
        #expect(["a", "b", "c", "d", "e"].map { i.global($0).flatMap { i.intValue($0) } } == [7, 2, 5, 16, -5])
    }

    @Test func findAndCountTakeStartAndEnd() throws {
        let i = try load("""
        s = "<a><b>"
        a = s.find("<", 1)
        b = s.find("<", 1, 3)
        c = s.rfind("<", 0, 3)
        d = s.count("<", 1)
        e = s.find("", 9)
        f = s.find("<", -3)
        g = s.count("", 2, 4)
        """)
        let values = ["a", "b", "c", "d", "e", "f", "g"].map { i.global($0).flatMap { i.intValue($0) } }
        #expect(values == [3, -1, 0, 1, -1, 3, 3])
    }
}
