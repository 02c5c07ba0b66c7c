import HeapSim
import PythonModel
import Testing
import TestSupport

/// A generator runs only as far as its consumer takes it: `islice`, a loop that breaks, `yield
/// from` and generator expressions, each checked both ways (found by a corpus round written
/// without knowledge of the simulator).
@Suite struct GeneratorConsumptionTests {
    func outcome(_ source: String, function name: String, parameter: String) throws -> SimulationOutcome {
        try EarnedRefutationTests().outcome(source, function: name, parameter: parameter)
    }

    /// `islice(gen, 3)` resumes the generator three times: a cleanup after the loop never runs.
    @Test func isliceTakesOnlyWhatItNeeds() throws {
        let source = """
        import itertools
        from itertools import islice

        def fresh(entries, seen=set()):
            for e in entries:
                seen.add(e)
                yield e
            seen.clear()

        _n = itertools.count()

        def page():
            n = next(_n)
            return list(islice(fresh([f"{n}-{i}" for i in range(6)]), 3))
        """
        #expect(try outcome(source, function: "fresh", parameter: "seen").verdict == .confirmed)
        // Taking every item runs the cleanup.
        let all = source.replacingOccurrences(of: "range(6)]), 3)", with: "range(6)]), None)")
        #expect(try outcome(all, function: "fresh", parameter: "seen").verdict == .refuted)
        // Taking none never starts it.
        let none = source.replacingOccurrences(of: "range(6)]), 3)", with: "range(6)]), 0)")
        #expect(try outcome(none, function: "fresh", parameter: "seen").verdict == .refuted)
    }

    /// A `for` loop that breaks leaves the generator at its `yield`.
    @Test func aLoopThatBreaksLeavesTheGeneratorSuspended() throws {
        let source = """
        import itertools

        def scan(lines, recent=[]):
            for line in lines:
                recent.append(line)
                yield line
            del recent[:]

        def first_error(lines):
            for line in scan(lines):
                if "ERROR" in line:
                    break
            return line

        _n = itertools.count()

        def check():
            n = next(_n)
            return first_error([f"a{n}", f"b{n} ERROR", f"c{n}"])
        """
        #expect(try outcome(source, function: "scan", parameter: "recent").verdict == .confirmed)
        let full = source.replacingOccurrences(of: "            break\n", with: "            pass\n")
        #expect(try outcome(full, function: "scan", parameter: "recent").verdict == .refuted)
    }

    /// `yield from` hands on the delegate's items (and runs the delegate) also when the outer
    /// generator is run ahead by the model.
    @Test func yieldFromRunsTheDelegate() throws {
        let source = """
        def _tagged(name, lines, recent):
            for line in lines:
                recent.append(f"[{name}] {line}")
                yield line

        def follow(sources, _recent=[]):
            for name, lines in sources:
                yield from _tagged(name, lines, _recent)

        def poll(n):
            return [l for l in follow([("web", [f"GET {n}"])])]
        """
        #expect(try outcome(source, function: "follow", parameter: "_recent").verdict == .confirmed)
        let trimmed = source.replacingOccurrences(of: "        yield from _tagged(name, lines, _recent)\n",
                                                  with: "        yield from _tagged(name, lines, _recent)\n    del _recent[:]\n")
        #expect(try outcome(trimmed, function: "follow", parameter: "_recent").verdict == .refuted)
    }

    /// `next(x for x in gen() if …)` stops at the first match; the model builds a generator
    /// expression in full, so it does not refute what a partial consumer leaves behind.
    @Test func aGeneratorExpressionConsumedInPartIsNotRefuted() throws {
        let source = """
        def scan(lines, recent=[]):
            for line in lines:
                recent.append(line)
                yield line
            del recent[:]

        def first_error(n):
            return next((l for l in scan([f"a{n} ERROR", f"b{n}"]) if "ERROR" in l), None)
        """
        #expect(try outcome(source, function: "scan", parameter: "recent").verdict == .unknown)
        let list = source.replacingOccurrences(of: "next((l for l in scan([f\"a{n} ERROR\", f\"b{n}\"]) if \"ERROR\" in l), None)",
                                               with: "[l for l in scan([f\"a{n} ERROR\", f\"b{n}\"]) if \"ERROR\" in l][:1]")
        #expect(try outcome(list, function: "scan", parameter: "recent").verdict == .refuted)
    }

    /// A generator handed to a library function is consumed there, as far as the model knows not.
    @Test func aGeneratorHandedToALibraryFunctionIsNotRefuted() throws {
        let source = """
        import itertools

        def scan(lines, recent=[]):
            for line in lines:
                recent.append(line)
                yield line
            del recent[:]

        def head(n):
            return list(itertools.takewhile(lambda l: "ERROR" not in l, scan([f"a{n}", f"b{n} ERROR", f"c{n}"])))
        """
        #expect(try outcome(source, function: "scan", parameter: "recent").verdict == .unknown)
    }
}
