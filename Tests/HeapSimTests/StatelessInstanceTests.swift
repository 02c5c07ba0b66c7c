@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// A default that is an instance of a project class whose methods never bind, change or hand on
/// anything of the instance (`statelessInstance`) is refuted without a run when its function only
/// calls those methods on it; any way the instance can change keeps the proof from standing.
@Suite struct StatelessInstanceTests {
    func outcome(_ source: String, function: String, parameter: String) throws -> SimulationOutcome {
        try ReadOnlyAttributeTests().outcome(source, function: function, parameter: parameter)
    }

    static let parser = """
    import re

    class Tokenizer:
        \"\"\"Splits text into words.\"\"\"
        _WORD = re.compile(r"\\w+")
        stop = ("a", "the")

        def tokens(self, text):
            return [w for w in self._WORD.findall(text) if w not in self.stop]

        def count(self, text):
            return len(self.tokens(text))

    class Index:
        def __init__(self, name, tokenizer=Tokenizer()):
            self.name = name
            self._tokenizer = tokenizer

        def words(self, text):
            return self._tokenizer.tokens(text)

    def summarize(text, tokenizer=Tokenizer()):
        words = tokenizer.tokens(text)
        return tokenizer.count(text), words[:3]
    """

    @Test func aStatelessHelperInstanceOnlyCalledIsRefutedWithoutARun() throws {
        let direct = try outcome(Self.parser, function: "summarize", parameter: "tokenizer")
        #expect(direct.verdict == .refuted)
        #expect(direct.evidence.scenario.drive == .onlyRead)
        #expect(direct.evidence.scenario.statelessClass == "Tokenizer")
        let kept = try outcome(Self.parser, function: "Index.__init__", parameter: "tokenizer")
        #expect(kept.evidence.scenario.drive == .onlyRead)
        #expect(kept.evidence.scenario.keptInAttributes == ["_tokenizer"])
        // Each of these lets the instance (or what it holds) change, or hands it on: no proof.
        let variants = [
            ("        return len(self.tokens(text))", "        self.last = text\n        return len(self.tokens(text))"),
            ("        return len(self.tokens(text))", "        self.stop += (text,)\n        return 0"),
            ("        return len(self.tokens(text))", "        self.seen.append(text)\n        return 0"),
            ("        return len(self.tokens(text))", "        self.cache[text] = 1\n        return 0"),
            ("        return len(self.tokens(text))", "        return register(self)"),
            ("        return len(self.tokens(text))", "        setattr(self, 'n', 1)\n        return 0"),
            ("        return len(self.tokens(text))", "        return len(self.__dict__)"),
            ("class Tokenizer:", "class Tokenizer(dict):"),
            ("class Tokenizer:", "@register\nclass Tokenizer:"),
            ("class Tokenizer:", "class Tokenizer(metaclass=Meta):"),
            ("    def count(self, text):", "    @property\n    def size(self):\n        return 1\n\n    def count(self, text):"),
            ("    return tokenizer.count(text), words[:3]", "    tokenizer.extra = text\n    return words"),
            ("    return tokenizer.count(text), words[:3]", "    return tokenizer.unknown_method(text)"),
            ("    return tokenizer.count(text), words[:3]", "    return tokenizer"),
        ]
        for (old, new) in variants {
            let changed = Self.parser.replacingOccurrences(of: old, with: new)
            #expect(changed != Self.parser)
            #expect(try outcome(changed, function: "summarize", parameter: "tokenizer").evidence.scenario.drive != .onlyRead, "\(new)")
        }
    }

    /// A container of constants compared by a `unittest.TestCase` assertion inside a tuple built
    /// for the comparison is only read; appended to the tuple's other side, it is not.
    @Test func aDefaultComparedInsideATupleByAnAssertionIsOnlyRead() throws {
        let source = """
        import unittest

        class ReduceTests(unittest.TestCase):
            def check(self, value, args=(), kwargs={}):
                self.assertEqual(value, (type(value), args, kwargs))
                self.assertIn(len(value), [0, 1, kwargs])

            def test_x(self):
                self.check((1,))
        """
        let read = try outcome(source, function: "ReduceTests.check", parameter: "kwargs")
        #expect(read.verdict == .refuted)
        #expect(read.evidence.scenario.drive == .onlyRead)
        let kept = source.replacingOccurrences(of: "        self.assertIn(len(value), [0, 1, kwargs])", with: "        self.saved = [kwargs]")
        #expect(try outcome(kept, function: "ReduceTests.check", parameter: "kwargs").evidence.scenario.drive != .onlyRead)
    }
}
