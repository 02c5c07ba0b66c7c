import HeapSim

/// HL101's words for the repeated-call scenario's structured outcome (HeapSim says what happened;
/// these say it to the user).
enum DefaultArgumentTexts {
    /// The scenario run, e.g. "called remember() 4 then 8 times with fresh arguments, `acc` left to its default".
    static func scenario(_ d: ScenarioDescription) -> String {
        let callText = d.targetIsLambda ? "the lambda" : "\(d.target)()"
        let k = d.steps
        var text: String
        switch d.drive {
        case .notSimulated:
            return "not simulated"
        case .onlyRead where d.statelessClass != nil:
            let kept = d.keptInAttributes.map { "`self.\($0)`" }.joined(separator: ", ")
            return "\(callText) only reads `\(d.parameter ?? "")`" + (kept.isEmpty ? "" : " and keeps it as \(kept), which no code of the project does more than read")
                + ": the default is an instance of `\(d.statelessClass ?? "")`, whose methods never set, change or hand on anything of the instance, "
                + "so no call can grow it (not simulated: nothing to run)"
        case .onlyRead where !d.keptInAttributes.isEmpty:
            let kept = d.keptInAttributes.map { "`self.\($0)`" }.joined(separator: ", ")
            return "\(callText) only reads `\(d.parameter ?? "")` and keeps it as \(kept), which no code of the project does more than read: "
                + "nothing can store into the default, and it holds only constants, so no call can grow it (not simulated: nothing to run)"
        case .onlyRead:
            return "\(callText) only reads `\(d.parameter ?? "")` (itself, or through project functions that only read it): "
                + "nothing can store into the default, and it holds only constants, so no call can grow it (not simulated: nothing to run)"
        case .direct:
            text = "called \(callText) \(k) then \(2 * k) times with fresh arguments, `\(d.parameter ?? "")` left to its default"
        case .importOnly where !d.calledAtImportBy.isEmpty:
            text = "only module-level code of \(d.calledAtImportBy.joined(separator: ", ")) calls \(callText), at import; no call repeats"
        case .importOnly:
            text = "only module-level code calls \(callText), once at import; no call repeats"
        case .callers(let callers, let atImport):
            let allNames = callers.map { $0 + "()" }
            // Name at most three callers, and how many more.
            let names = allNames.count > 3 ? Array(allNames.prefix(3)) + ["and \(allNames.count - 3) more"] : allNames
            text = "ran \(names.joined(separator: ", ")) \(k) then \(2 * k) times with fresh arguments ("
                + (atImport ? "\(callText) runs at import; these are the module's entry points)" : "the visible callers of \(callText))")
        }
        switch d.window {
        case .standard: break
        case .rate(let extra): text += ", then \(extra) more to measure the rate"
        case .settled(let after): text += "; growth stopped within \(after) calls (a bounded set of keys, or a periodic reset)"
        case .pastBound(let first, let bound):
            text = text.replacingOccurrences(of: " \(k) then \(2 * k) times", with: " \(first) then \(2 * first) times")
                + " (run past its size bound of \(bound))"
        case .belowLargeBound(let bound):
            text += "; it is capped only at \(bound) items, and keeps what it holds until then"
        }
        if let n = d.reachedAllSites {
            if d.skippedDeadSites == 0 {
                text += "; reached all \(n) statement\(n == 1 ? "" : "s") that can store into or hand on the default"
            } else {
                let items = d.skippedItemSites, ruledOut = d.skippedDeadSites - d.skippedItemSites
                var why: [String] = []
                if ruledOut > 0 { why.append(ruledOut == d.skippedDeadSites ? "the others sit on paths that known values rule out" : "\(ruledOut) sit on paths that known values rule out") }
                if items > 0 { why.append((items == d.skippedDeadSites ? "the others" : "\(items)") + " can only reach what the default holds, and it stayed empty") }
                text += "; reached \(n - d.skippedDeadSites) of \(n) statements that can store into or hand on the default "
                    + "(" + why.joined(separator: "; ") + ")"
            }
        }
        if d.callersNeverReachedTarget { text += " (its visible callers never reached it)" }
        if d.alsoCalledDirectly {
            text += "; unseen code could reach the default only through \(callText) itself, "
                + "and calling it directly with fresh arguments did not grow it either"
        }
        return text
    }

    static func assumption(_ a: Assumption) -> String {
        switch a {
        case .escaped(let what) where what.hasPrefix("keys "): return "its growth comes from new \(what)"
        case .escaped(let what) where what.hasPrefix("an entry "): return "what a caller stores into \(what) may grow it"
        case .escaped(let what): return "the default may be kept by \(what), which heaplint cannot see"
        case .notModelled(let what): return "not modelled: \(what)"
        case .stopped(let s): return EvidenceTexts.stop(s, assumption: assumption)
        case .failure(let text): return text
        case .callerNeverCreated(let name): return "`\(name)` is never created when the module is imported"
        case .callerNotRun(let name): return "`\(name)` also calls it, and the scenario cannot run it"
        case .callersAreTests(let name):
            return "its callers include the tests of `\(name)`, which pass their own fixed data; callers passing new values may grow it"
        case .callerIncomplete(let s): return "a caller could not be run in full (\(EvidenceTexts.stop(s, assumption: assumption)))"
        case .growsOnlyOnSomePaths: return "grows only on some paths through conditions heaplint cannot evaluate"
        case .notReached(let unreached, let total):
            return "not reached: \(unreached) of \(total) statements that can store into or hand on the default"
        case .suspendedGenerator: return "a generator of it is left suspended and may be resumed by code heaplint cannot see"
        case .boundTooLargeToPass(let b): return "growth is bounded at \(b) items, too many to run past"
        case .persistenceUnchecked(let calls):
            return "it grew over the first calls, but the simulation's step bound stopped after \(calls) calls, too few to tell growth from a table still filling"
        case .noEntry(let name): return "no `\(name)` function"
        case .foreignStoreNotReached(let module, let offset):
            return "not reached: a statement of \(module) (byte \(offset)) that can store into the default handed to it"
        case .foreignAttributeStoreNotReached(let module, let offset, let attribute) where offset < 0:
            return "not checked: code of \(module) and other modules naming attribute `\(attribute)`, which keeps the default (too many modules to read)"
        case .foreignAttributeStoreNotReached(let module, let offset, let attribute):
            return "not reached: a statement of \(module) (byte \(offset)) that can store into the default through attribute `\(attribute)`"
        case .heldByModule(let module): return "the default is kept by module \(module), whose other code may store into it"
        case .growsOnlyForOutsideCallers:
            return "it grows when code outside the project calls it with new arguments (its package offers it); the project's own callers do not grow it"
        case .growsWhenIterationStopsEarly:
            return "drained, the generator keeps nothing, but a caller that takes only its first items and drops it grows it: what follows its loop never runs, and heaplint cannot see how callers outside the project iterate it"
        case .subclassHookRunOnItsClass:
            return "`__init_subclass__` ran on its own class only; subclasses made by code heaplint cannot see bring other namespaces"
        case .growsOnlyThroughUncalled(let name):
            return "it grows through `\(name)()`, which nothing in the project calls (dead code, or code a framework finds by name); the project's own callers do not grow it"
        case .growsOnlyCalledAsOutsideCodeWould(let name):
            return "called with new arguments as outside code would call it, `\(name)` grows it; but this application does not call `\(name)` by name (it uses it as a value, a table, an attribute, a callback; the interpreter calls it; or every subclass overrides it), and the application's own code, run from its entry points, did not grow it"
        case .calledByRuntimeHook(let name, let slot):
            return "called with new arguments, `\(name)` grows it; but the application installs `\(name)` as `\(slot)`, which the interpreter calls with values from a fixed set (categories, files and lines, signal numbers, events) or once, and heaplint does not model those calls"
        case .callerNeverFinished(let exception, let module, let offset):
            let place = offset.map { " (byte \($0)" + (module.map { " of \($0))" } ?? ")") } ?? ""
            return "no simulated call finished: each ended in \(exception)\(place) after values or conditions heaplint could not decide, so the runs do not show what completed calls keep"
        case .removalSkippedByException(let module, let offset):
            return "the statement that takes its items out again (byte \(offset)" + (module.map { " of \($0)" } ?? "")
                + ") runs after code that may raise for real callers, outside a `finally`: a call that raises there keeps what it added"
        case .removalSkippedByStoppedGenerator(let module, let offset):
            return "the statement that takes its items out again (byte \(offset)" + (module.map { " of \($0)" } ?? "")
                + ") ends a generator, after tests heaplint could not decide: where they let it yield first, a consumer that stops taking items never resumes it there, and what it added stays"
        case .removalSkippedByUndecidedTest(let module, let offset):
            return "the statement that takes its items out again (byte \(offset)" + (module.map { " of \($0)" } ?? "")
                + ") runs only on some ways through tests heaplint could not decide; a call that went another way kept what it added"
        case .keysChosen(let n):
            return "its keys are built through \(n) tests heaplint could not decide; they repeated in the runs only because each run went the same way, and real calls may make a new key every time"
        case .dependsOnOtherArguments(let names) where names.isEmpty:
            return "no growth with its callers' other optional arguments left to their defaults; callers that pass them may grow it"
        case .dependsOnOtherArguments(let names):
            return "no growth with " + names.map { "`\($0)`" }.joined(separator: ", ") + " left to " + (names.count == 1 ? "its default" : "their defaults")
                + "; callers that pass " + (names.count == 1 ? "it" : "them") + " may grow it"
        }
    }

    static func reason(_ r: UnknownReason) -> String {
        switch r {
        case .assumption(let a): return assumption(a)
        case .flowsInto(let what) where what.hasPrefix("keys "): return "it grows by new \(what)"
        case .flowsInto(let what) where what.hasPrefix("an entry "): return "what a caller stores into \(what) may grow it"
        case .flowsInto(let what): return "it flows into \(what), which heaplint cannot see"
        case .usesUnmodelled(let what): return "the code uses \(what), which heaplint does not model"
        case .flowedIntoUnseenCode: return "the default flowed into code heaplint cannot see"
        case .growsOnlyOnSomePaths: return "it grows only when a condition heaplint cannot evaluate goes one way"
        case .storeNotReached: return "a statement that can store into it was never reached"
        case .suspendedGenerator: return "a generator of it is left suspended and may be resumed by code heaplint cannot see"
        case .noScenarioRan: return "no scenario could run"
        case .foreignStoreNotReached(let module): return "a statement of module \(module) that can store into it was never reached"
        case .heldByModule(let module): return "module \(module) keeps it, and its code may store into it"
        case .growsOnlyForOutsideCallers:
            return "it grows only when code outside the project calls it with new arguments, not through the project's own callers"
        case .growsOnlyThroughUncalled(let name):
            return "it grows only through `\(name)()`, which nothing in the project calls"
        case .dependsOnOtherArguments(let names) where names.isEmpty:
            return "it may grow when its callers are given other optional arguments"
        case .dependsOnOtherArguments(let names):
            return "it may grow when a caller passes " + names.map { "`\($0)`" }.joined(separator: ", ")
        }
    }

    /// The evidence in words, as findings carry it.
    static func evidence(_ outcome: SimulationOutcome) -> Evidence {
        let e = outcome.evidence
        return Evidence(scenario: scenario(e.scenario), growth: e.growth, retentionPath: EvidenceTexts.path(e.retentionPath),
                        assumptions: e.assumptions.map(assumption), graph: e.graph, limits: outcome.limits)
    }
}
