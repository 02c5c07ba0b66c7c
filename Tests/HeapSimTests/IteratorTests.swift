import Testing
import HeapSim
import PythonModel
import TestSupport

/// `iter(x)` makes an iterator: `next(it)` takes its items one by one and a loop over it takes
/// the rest, so `for tok in it: … next(it)` shares it with the loop (a command-line parser's
/// `--set k=v`). The model made a list copy that `next` never advanced: the value after `--set`
/// was always the first item, the keys stopped changing, and a growing default was refuted.
@Suite struct IteratorTests {
    func outcome(_ source: String) throws -> SimulationOutcome {
        try EarnedRefutationTests().outcome(source, function: "parse", parameter: "opts")
    }

    static let parser = """
    import itertools

    _runs = itertools.count()


    def parse(argv, opts={}):
        it = iter(argv)
        for tok in it:
            if tok == "--set":
                pair = next(it)
                opts[pair] = tok
        return len(opts)


    def scenario():
        n = next(_runs)
        return parse(["build", "--set", f"k{n}"])
    """

    @Test func nextInsideALoopOverTheSameIteratorTakesTheFollowingItem() throws {
        let o = try outcome(Self.parser)
        #expect(o.verdict == .confirmed, "\(String(describing: o.reason)) \(o.evidence.assumptions)")
        // The item after `--set` is a constant: the dict keeps one key, bounded.
        let constant = Self.parser.replacingOccurrences(of: "[\"build\", \"--set\", f\"k{n}\"]", with: "[f\"k{n}\", \"--set\", \"jobs\"]")
        #expect(constant != Self.parser)
        #expect(try outcome(constant).verdict == .refuted)
        // `next(it)` before the loop takes the first item; the loop sees only the rest.
        let first = """
        import itertools

        _runs = itertools.count()


        def parse(argv, opts={}):
            it = iter(argv)
            head = next(it)
            for tok in it:
                opts[head] = tok
            return len(opts)


        def scenario():
            n = next(_runs)
            return parse(["build", f"k{n}"])
        """
        #expect(try outcome(first).verdict == .refuted)
        let keyed = first.replacingOccurrences(of: "opts[head] = tok", with: "opts[tok] = head")
        #expect(keyed != first)
        #expect(try outcome(keyed).verdict == .confirmed)
    }

    @Test func anIteratorIsTrueAndUsedUpByALoop() throws {
        // `if it:` is true for an exhausted iterator; a second loop over it sees nothing. (Over
        // a list the model built: over unknown data its items are a guess, and running out of
        // them is not the real data's StopIteration, so `iter(argv)` of an argument stays a copy.)
        let source = """
        def parse(word, opts={}):
            it = iter([word, "x"])
            for tok in it:
                pass
            if it:
                for tok in it:
                    opts[tok] = 1
            return len(opts)
        """
        #expect(try outcome(source).verdict == .refuted)
        let twice = source.replacingOccurrences(of: "    for tok in it:\n        pass\n", with: "")
        #expect(twice != source)
        #expect(try outcome(twice).verdict != .refuted)
    }
}
