import HeapSim
@testable import Rules
import Testing
import TestSupport

/// HeapSim's structured outcomes in words: the words HL101 has always used.
@Suite struct EvidenceTextsTests {
    func step(_ link: RetentionLink, _ type: String, _ kind: ObjectRef.Kind = .other) -> RetentionStep {
        RetentionStep(link: link, object: ObjectRef(id: 0, typeName: type, kind: kind, site: SourceRef(module: "app", offset: 3)))
    }

    @Test func pathStepsReadLikeObjgraph() {
        let steps = [step(.root("module app.cache"), "module", .module), step(.member("remember"), "function", .function),
                     step(.edge("__defaults__[1]"), "list", .container), step(.item, "str"), step(.key, "int"),
                     step(.member("Widget"), "type", .classObject), step(.member("cache"), "dict", .container)]
        #expect(EvidenceTexts.path(steps).map(\.label) == ["module app.cache", "function remember", "__defaults__[1] (list)",
                                                           "item (str)", "key (int)", "class Widget", "cache (dict)"])
        #expect(EvidenceTexts.path(steps)[0].origin == 3)
        #expect(EvidenceTexts.path(steps)[0].site?.module == "app")
    }

    @Test func limitsAndStops() {
        #expect(EvidenceTexts.limit(.objectBound(200_000)) == "object bound (200000) reached")
        #expect(EvidenceTexts.limit(.stepBound(5)) == "step bound (5) reached")
        #expect(EvidenceTexts.limit(.budgetSpent(beforeStart: true)) == "the simulation budget for this file is spent (it has many candidates)")
        #expect(EvidenceTexts.limit(.budgetSpent(beforeStart: false)) == "the simulation budget for this file is spent")
        #expect(DefaultArgumentTexts.assumption(.callerIncomplete("call depth bound (40) reached in `f`"))
                == "a caller could not be run in full (call depth bound (40) reached in `f`)")
        #expect(DefaultArgumentTexts.assumption(.stopped(.allCallersFailed(.callerNeverCreated("C.m"))))
                == "`C.m` is never created when the module is imported")
        #expect(DefaultArgumentTexts.assumption(.callerNotRun("users.make.inner"))
                == "`users.make.inner` also calls it, and the scenario cannot run it")
    }

    @Test func importOnlyInOtherModules() {
        var d = ScenarioDescription(kind: .repeatedCall, target: "exporter", parameter: "registry", drive: .importOnly, steps: 4)
        #expect(DefaultArgumentTexts.scenario(d) == "only module-level code calls exporter(), once at import; no call repeats")
        d.calledAtImportBy = ["exporters"]
        #expect(DefaultArgumentTexts.scenario(d) == "only module-level code of exporters calls exporter(), at import; no call repeats")
    }

    @Test func scenarioSentences() {
        var d = ScenarioDescription(kind: .repeatedCall, target: "remember", parameter: "seen", steps: 4)
        #expect(DefaultArgumentTexts.scenario(d) == "called remember() 4 then 8 times with fresh arguments, `seen` left to its default")
        d.window = .pastBound(first: 52, bound: 50)
        #expect(DefaultArgumentTexts.scenario(d)
                == "called remember() 52 then 104 times with fresh arguments, `seen` left to its default (run past its size bound of 50)")
        d.window = .standard
        d.drive = .callers(["a", "b", "<lambda>", "d", "e"], targetRunsAtImport: false)
        #expect(DefaultArgumentTexts.scenario(d)
                == "ran a(), b(), <lambda>(), and 2 more 4 then 8 times with fresh arguments (the visible callers of remember())")
        d.drive = .importOnly
        d.targetIsLambda = true
        d.reachedAllSites = 1
        #expect(DefaultArgumentTexts.scenario(d)
                == "only module-level code calls the lambda, once at import; no call repeats; reached all 1 statement that can store into or hand on the default")
    }

    @Test func growthAmounts() {
        let g = Growth(objects: 2, containers: ["list"], items: 1, per: .instance, bytes: 120)
        #expect(EvidenceTexts.amount(g, .objects) == "2 objects per instance")
        #expect(EvidenceTexts.amount(g, .slots) == "1 slot per instance")
        #expect(EvidenceTexts.amount(g, .bytes) == "about 120 bytes per instance")
    }

    @Test func findingsCarryARetentionGraphOnlyWhenTheSettingsAskForOne() throws {
        let module = try TestSupport.lower("def remember(item, seen=[]):\n    seen.append(item)\n", moduleName: "app.cache")
        var settings = RuleSettings(enabled: ["HL101"])
        let plain = try #require(RuleRunner.run(module, settings: settings).first)
        settings.renderGraphs = true
        let drawn = try #require(RuleRunner.run(module, settings: settings).first)
        #expect(plain.verdict == .confirmed && drawn.verdict == .confirmed)
        #expect(plain.evidence?.graph == nil)
        #expect(drawn.evidence?.graph?.hasPrefix("digraph retained {") == true)
        var undrawn = drawn
        undrawn.evidence?.graph = nil
        #expect(undrawn == plain)
    }
}

extension EvidenceTextsTests {
    /// A tuple is a candidate through what it holds, and a slot rewritten in place is not
    /// "nothing stored": the messages say what the verdict rests on.
    @Test func messagesOfATupleAndOfACounterSlot() throws {
        let module = try TestSupport.lower("""
        STYLES = ((int, {"color": "blue"}),)

        def styleof(expr, styles=STYLES):
            return [s for t, s in styles if isinstance(expr, t)]

        def counter(n, offset=[0]):
            offset[0] += n
            return offset[0]
        """)
        let findings = RuleRunner.run(module, settings: RuleSettings(enabled: ["HL101"]))
        #expect(findings.map(\.message) == [
            "Default tuple of `styleof` is never grown by a call (it holds mutable objects, but they do not accumulate anything across calls)",
            "Default list of `counter` is never grown by a call (it is mutable, but it does not accumulate anything across calls)",
        ])
    }
}
