@testable import HeapSim
import PythonModel
import Testing
import TestSupport

/// Stop 52: unpacking a known sequence into the wrong number of targets raises ValueError (an
/// `except ValueError` store runs), `yield from` passes sent values on and returns the
/// subgenerator's value, and a check that growth persists cut short by the step bound at no
/// higher cost a call is not taken as growth. Stop 53: `Thread.start()` runs a subclass's
/// `run()`, an `argparse.Action` default is not refuted, and a recursive call leaving the
/// accumulator out puts the default in play.
@Suite struct UnpackingDelegationAndCostTests {
    func outcome(_ source: String, _ name: String, parameter: Int) throws -> SimulationOutcome {
        let module = try TestSupport.lower(source)
        let def = try #require(module.functions.first { $0.name == name })
        return ModuleSimulation(module: module).defaultArgument(function: def, parameter: parameter)
    }

    static func headers(_ badLine: String) -> String {
        """
        import itertools
        _n = itertools.count()

        def parse(lines, problems={}):
            out = {}
            for line in lines:
                try:
                    name, value = line.split(":", 1)
                except ValueError:
                    problems[line] = "missing colon"
                    continue
                out[name] = value
            return out

        def scenario():
            n = next(_n)
            return parse(["Host: example", \(badLine)])
        """
    }

    /// `name, value = "garbage-3".split(":", 1)` raises ValueError in CPython: the handler's store
    /// runs with a new key each call. (It was refuted: the unpacking filled the missing target
    /// with an unknown value and the handler was never entered.)
    @Test func unpackingTooFewItemsRaisesValueError() throws {
        let o = try outcome(Self.headers(#""garbage-%d" % n"#), "parse", parameter: 1)
        #expect(o.verdict == .confirmed, "\(String(describing: o.reason))")
    }

    /// The twin: every line has a colon, so the handler never runs.
    @Test func unpackingTheRightCountRaisesNothing() throws {
        let o = try outcome(Self.headers(#""X-Id: %d" % n"#), "parse", parameter: 1)
        #expect(o.verdict == .refuted, "\(String(describing: o.reason))")
    }

    /// Too many items raise too, and a starred target takes the rest without raising.
    @Test func unpackingCountsAsCPythonDoes() throws {
        let source = """
        def f():
            try:
                a, b = [1, 2, 3]
                r1 = "no"
            except ValueError:
                r1 = "raised"
            first, *rest = [1, 2, 3]
            try:
                x, y, *z = [1]
                r2 = "no"
            except ValueError:
                r2 = "raised"
            return r1, r2, len(rest)
        R = f()
        """
        let sim = ModuleSimulation(module: try TestSupport.lower(source))
        let i = sim.makeInterpreter(.takeTrue)
        try i.loadModule()
        let r = try #require(i.global("R"))
        guard case .tuple(let items) = i.heap[r].payload else { Issue.record("not a tuple"); return }
        #expect(items.map { i.heap[$0].constant } == ["raised", "raised", "2"])
    }

    static func survey(replies: String) -> String {
        """
        import itertools
        _n = itertools.count()

        def _collect(questions):
            answers = []
            for q in questions:
                answer = yield q
                if not answer:
                    break
                answers.append(answer)
            return answers

        def session(user, questions, completed=[]):
            answers = yield from _collect(questions)
            completed.append((user, answers))
            yield "thanks"

        def scenario():
            n = next(_n)
            bot = session("user-%d" % n, ("a?", "b?", "c?"))
            next(bot)
            for reply in \(replies):
                bot.send(reply)
        """
    }

    /// Values sent to the delegating generator reach the subgenerator: two answers keep it
    /// waiting for the third question, so the store after `yield from` never runs. (It was a
    /// false confirmation: the sent values were dropped, the subgenerator saw None and returned.)
    @Test func yieldFromPassesSentValuesOn() throws {
        let o = try outcome(Self.survey(replies: #"["great %d" % n, "yes"]"#), "session", parameter: 2)
        #expect(o.verdict == .refuted, "\(String(describing: o.reason))")
    }

    /// The twin: three answers end the subgenerator, whose return value is what `yield from`
    /// gives, and the session is stored.
    @Test func yieldFromGivesTheSubgeneratorsReturnValue() throws {
        let o = try outcome(Self.survey(replies: #"["great %d" % n, "yes", "no"]"#), "session", parameter: 2)
        #expect(o.verdict == .confirmed, "\(String(describing: o.reason))")
    }

    /// A costly call (thousands of steps each) filling a table of 12 keys: it grew over the first
    /// calls, and the step bound stops the check that growth persists after a few more, at no
    /// higher cost a call and with the table's size steady: unknown (h91's A* came-from table,
    /// which was a false confirmation).
    @Test func aPersistenceCheckCutShortAtSteadyCostIsUndecided() throws {
        let source = """
        import itertools
        _n = itertools.count()

        def score(item, table={}):
            total = 0
            for i in range(60):
                for j in range(40):
                    total += j
            table[item % 12] = total
            return total

        def scenario():
            return score(next(_n))
        """
        let o = try outcome(source, "score", parameter: 1)
        #expect(o.verdict == .unknown, "\(String(describing: o.reason))")
        #expect(o.evidence.assumptions.contains(where: { if case .persistenceUnchecked = $0 { return true }; return false }),
                "\(o.evidence.assumptions)")
    }

    /// The twin: each call walks everything kept so far, so calls get costlier as the list grows
    /// and the step bound stops the check because of the growth itself: confirmed.
    @Test func aPersistenceCheckCutShortByRisingCostIsGrowth() throws {
        let source = """
        import itertools
        _n = itertools.count()

        def score(item, seen=[]):
            total = 0
            for i in range(40):
                for x in seen:
                    total += 1
            seen.append(item)
            return total

        def scenario():
            return score(next(_n))
        """
        let o = try outcome(source, "score", parameter: 1)
        #expect(o.verdict == .confirmed, "\(String(describing: o.reason))")
    }

    /// `vars(obj).update(prefs=d)` sets the attribute, as `obj.prefs = d` would (h167): the
    /// default installed on a module-level object and grown there is confirmed; a copy is not.
    @Test func varsUpdateSetsAttributes() throws {
        let source = """
        import itertools
        _n = itertools.count()

        class State:
            def __init__(self):
                self.prefs = {}

        STATE = State()

        def install(user, prefs={}):
            vars(STATE).update(prefs=prefs)
            STATE.prefs[user] = "dark"

        def scenario():
            install("user-%d" % next(_n))
        """
        #expect(try outcome(source, "install", parameter: 1).verdict == .confirmed)
        let copied = source.replacingOccurrences(of: "update(prefs=prefs)", with: "update(prefs=dict(prefs))")
        #expect(try outcome(copied, "install", parameter: 1).verdict == .refuted)
    }

    static func upload(cleanup: String) -> String {
        """
        import itertools
        _n = itertools.count()

        def parts(payload, size, buffer=[]):
            \(cleanup == "finally" ? "try:\n        " : "")for index, start in enumerate(range(0, len(payload), size)):
                \(cleanup == "finally" ? "    " : "")buffer.append(payload[start:start + size])
                \(cleanup == "finally" ? "    " : "")yield index
            \(cleanup == "finally" ? "finally:\n        " : "")buffer.clear()

        def upload(payload):
            yield "header"
            yield from parts(payload, 64)

        def send_until(payload, stop):
            stream = upload(payload)
            next(stream)
            for index in stream:
                if index + 1 >= stop:
                    break
            stream.close()

        def scenario():
            n = next(_n)
            send_until((b"%08d:" % n) * 40, 3)
        """
    }

    /// A generator resumed item by item loops over a count the model guesses (the length of
    /// data it does not know): its loop ended after the model's few rounds and the clear after
    /// it ran, but a consumer that stops (and closes it) after the third chunk never resumes it
    /// there (h171, a wrong refutation): not refuted.
    @Test func aClearAfterAGuessedLoopInAStoppableGeneratorDoesNotRefute() throws {
        let o = try outcome(Self.upload(cleanup: "after"), "parts", parameter: 2)
        #expect(o.verdict != .refuted, "\(String(describing: o.reason))")
    }

    /// The twin: the clear is in a `finally`, which `close()` runs through `yield from`.
    @Test func aClearInFinallyRunsOnClose() throws {
        let o = try outcome(Self.upload(cleanup: "finally"), "parts", parameter: 2)
        #expect(o.verdict == .refuted, "\(String(describing: o.reason))")
    }
    /// `Thread.start()` of a subclass that defines `run()` runs it (h172): a default list the
    /// constructor keeps and `run()` extends grows; one `run()` replaces in place does not. An
    /// `argparse.Action` subclass handing its default to the base constructor is not refuted
    /// (the parser puts that default on the namespace, where `__call__` may grow it).
    @Test func threadStartRunsRunAndActionDefaultsAreNotRefuted() throws {
        let source = """
        import itertools
        import threading

        _n = itertools.count()

        class Worker(threading.Thread):
            def __init__(self, items, results=[]):
                super().__init__(name="worker")
                self.items = items
                self.results = results

            def run(self):
                self.results.extend(x * 2 for x in self.items)

        def scenario():
            n = next(_n)
            w = Worker([n, n + 1])
            w.start()
            w.join()
            return w.results[-1]
        """
        let grows = try outcome(source, "__init__", parameter: 2)
        #expect(grows.verdict == .confirmed, "\(String(describing: grows.reason))")
        let replaced = try outcome(source.replacingOccurrences(of: "self.results.extend(x * 2 for x in self.items)",
                                                               with: "self.results[:] = [x * 2 for x in self.items]"), "__init__", parameter: 2)
        #expect(replaced.verdict == .refuted, "\(String(describing: replaced.reason))")
        let action = try outcome("""
        import argparse

        class TagAction(argparse.Action):
            def __init__(self, option_strings, dest, default=[], **kwargs):
                super().__init__(option_strings, dest, default=default, **kwargs)

            def __call__(self, parser, namespace, values, option_string=None):
                getattr(namespace, self.dest).append(values)

        def parse(argv):
            parser = argparse.ArgumentParser()
            parser.add_argument("--tag", action=TagAction)
            return parser.parse_args(argv)

        def scenario():
            return parse(["--tag", "x"])
        """, "__init__", parameter: 3)
        #expect(action.verdict != .refuted, "\(String(describing: action.reason))")
    }
    /// A walk whose top call passes a fresh accumulator but whose list branch recurses without
    /// it (h174 flatten) puts the default in play at that level: the scenario's caller decides
    /// (confirmed). Passing it on at every call leaves only callers elsewhere (not confirmed).
    @Test func shlexSplitOfKnownTextRaisesOnAnUnclosedQuoteAndJoinIsNotALoop() throws {
        // `shlex.split` raises before the memo store for a line with an unclosed quote, as
        // CPython does: only the repeated valid line is kept (h181).
        let memo = """
        import itertools
        import shlex

        _ids = itertools.count()

        def split_command(line, _memo={}):
            if line in _memo:
                return _memo[line]
            parts = shlex.split(line)
            _memo[line] = parts
            return parts

        def scenario():
            n = next(_ids)
            try:
                split_command(f'grep -n "timeout {n} /var/log/app-{n}.log')
            except ValueError:
                pass
            return len(split_command('grep -n "timeout" /var/log/app.log'))
        """
        let kept = try outcome(memo, "split_command", parameter: 1)
        #expect(kept.verdict == .refuted, "\(String(describing: kept.reason))")
        let closed = try outcome(memo.replacingOccurrences(of: "app-{n}.log')", with: "app-{n}.log\"')"), "split_command", parameter: 1)
        #expect(closed.verdict == .confirmed, "\(String(describing: closed.reason))")
        // `"".join(out)` over a list far longer than the loop bound is one C call, not a loop
        // the model gives up on.
        let joined = try outcome("""
        import itertools
        _ids = itertools.count()

        def escape(text, out=[]):
            for ch in text:
                out.append(ch)
            return "".join(out)

        def scenario():
            n = next(_ids)
            return len(escape(f"a comment of user {n} with some text"))
        """, "escape", parameter: 1)
        #expect(joined.verdict == .confirmed, "\(String(describing: joined.reason))")
    }

    @Test func knownTextParsersRejectWhatCPythonRejects() {
        // `_strptime`'s regular expression: first match, then no text left over.
        #expect(Interpreter.strptimeMatches("2024-03-01T10:07:07", "%Y-%m-%dT%H:%M:%S") == true)
        #expect(Interpreter.strptimeMatches("Mar  1 10:07:07 node-0", "%Y-%m-%dT%H:%M:%S") == false)
        #expect(Interpreter.strptimeMatches("Mar  1 10:07:07", "%b %d %H:%M:%S") == true)
        #expect(Interpreter.strptimeMatches("march 1 2024", "%B %d %Y") == true)
        #expect(Interpreter.strptimeMatches("2024-03-01 extra", "%Y-%m-%d") == false)
        #expect(Interpreter.strptimeMatches("03/01/2024", "%Y-%m-%d") == false)
        #expect(Interpreter.strptimeMatches("1230", "%H%M") == true)
        #expect(Interpreter.strptimeMatches("2024-03-01", "%Y-%m-%Q") == nil)
        // `csv.reader`'s records (excel dialect), as CPython reads them.
        #expect(Interpreter.csvRecords("date,amount\n2024-01-01,\"1,000.50\"\n2024-02-01,-3.25\n")
                == [["date", "amount"], ["2024-01-01", "1,000.50"], ["2024-02-01", "-3.25"]])
        #expect(Interpreter.csvRecords("a\n\nb\n") == [["a"], [], ["b"]])
        #expect(Interpreter.csvRecords("x,\"y\"\"z\",\nq") == [["x", "y\"z", ""], ["q"]])
        #expect(Interpreter.csvRecords("\"a\nb\",c\r\nd") == [["a\nb", "c"], ["d"]])
        // `Decimal(text)`.
        for ok in ["12.50", "-1e5", " 3 ", ".5", "5.", "1_000.25", "1__0", "_1", "NaN", "-Infinity", "sNaN12"] {
            #expect(Interpreter.isDecimalText(ok), "\(ok)")
        }
        for bad in ["12,50 EUR", "", ".", "_", "1 0", "e5", "1e", "abc", "1.2.3"] {
            #expect(!Interpreter.isDecimalText(bad), "\(bad)")
        }
    }

    @Test func aRecursiveCallLeavingTheAccumulatorOutUsesTheDefault() throws {
        let source = """
        import itertools
        _n = itertools.count()

        def flatten(node, prefix="", out={}):
            if isinstance(node, dict):
                for key, value in node.items():
                    flatten(value, f"{prefix}{key}.", out)
            elif isinstance(node, list):
                for index, item in enumerate(node):
                    flatten(item, f"{prefix}{index}.")
            else:
                out[prefix.rstrip(".")] = node
            return out

        def load(document):
            return flatten(document, "", {})

        def scenario():
            n = next(_n)
            return load({"svc-%d" % n: {"hosts": ["a-%d" % n, "b-%d" % n]}})
        """
        let dropped = try outcome(source, "flatten", parameter: 2)
        #expect(dropped.verdict == .confirmed, "\(String(describing: dropped.reason))")
        let passed = try outcome(source.replacingOccurrences(of: "flatten(item, f\"{prefix}{index}.\")",
                                                             with: "flatten(item, f\"{prefix}{index}.\", out)"), "flatten", parameter: 2)
        #expect(passed.verdict != .confirmed, "\(String(describing: passed.reason))")
    }

    /// Calls that build a big object graph each time (pyparsing's `indentedBlock` makes a dozen
    /// parser elements per call) use up the step bound before the runs show anything: when the
    /// default had grown by then, they run once more with three times the steps, and that run
    /// decides. (Here with a small bound, so the test stays fast.)
    @Test func runsTheStepBoundStoppedRunAgainWithMoreSteps() throws {
        let source = """
        class Element:
            def __init__(self, name, children=()):
                self.name = name
                self.children = list(children)

            def __add__(self, other):
                return Element(self.name + "+", [self, other])

        def grammar(depth):
            expr = Element("atom")
            for i in range(depth):
                expr = expr + Element(f"e{i}")
            return expr

        def indented_block(statement, stack, backups=[]):
            backups.append(list(stack))
            return grammar(120) + statement
        """
        let module = try TestSupport.lower(source)
        let def = try #require(module.functions.first { $0.name == "indented_block" })
        var options = SimulationOptions()
        options.bounds.maxSteps = 30_000
        let grows = ModuleSimulation(module: module, options: options).defaultArgument(function: def, parameter: 2)
        #expect(grows.verdict == .confirmed, "\(String(describing: grows.reason))")
        // Still past three times the bound: the bound is the answer.
        options.bounds.maxSteps = 4_000
        let stopped = ModuleSimulation(module: module, options: options).defaultArgument(function: def, parameter: 2)
        #expect(stopped.verdict == .unknown)
        #expect(ModuleSimulation.stoppedOnStepBound(stopped.reason), "\(String(describing: stopped.reason))")
    }
}
