import Foundation
import PythonModel

/// Growth measured in the subgraph under the candidate objects (or the whole live heap).
struct Measurement {
    var objects: Set<ObjID>
    var slots: Int
    var slotsByContainer: [ObjID: Int]
    /// Characters of the strings among `objects` (known text, or the least length known).
    var text = 0
    /// Scenario calls made when it was taken (set by the growth run).
    var calls = 0
}

/// What a scenario kind supplies for one run on a freshly imported interpreter.
struct PreparedRun {
    /// One scenario step calls each entry once. An entry the model cannot run in full is dropped
    /// when others remain (the verdict then can no longer be `refuted`).
    var entries: [(Interpreter) throws -> ObjID] = []
    /// A caller the kind could not find (the last one); the run goes on with the others, or
    /// stops with it as the reason when there is no other.
    var missing: Assumption?
    /// Entries added after the missing check (closures the target handed out).
    var extraEntries: [(Interpreter) throws -> ObjID] = []
    /// The objects the growth is measured under (nil: `measure` decides, or the whole live heap).
    var candidates: (() -> [ObjID])?
    /// How to measure, when not under `candidates`.
    var measure: (() -> Measurement)?
    /// Objects whose flow into unseen code makes an assumption (default: the candidates).
    var escapeCandidates: (() -> [ObjID])?
    /// The retained object a path should lead to, when the kind prefers one.
    var retained: ((Measurement, Measurement) -> ObjID?)?

    /// The function object importing the module made for `def` (a live one); nil, with `missing`
    /// saying so, when import made none.
    mutating func importedFunction(_ def: FunctionDef, _ interp: Interpreter) -> ObjID? {
        if let f = (interp.functionObjects[def.id] ?? []).first(where: { interp.isAlive($0) }) { return f }
        missing = .callerNeverCreated(def.qualifiedName)
        return nil
    }
}

/// A scenario as the driver runs it: the kind's specifics behind closures, the rest the driver's.
struct ScenarioPlan {
    var description: ScenarioDescription
    /// Run the cyclic collector between steps (otherwise reference counting only).
    var gc: Bool
    /// Statements through which the candidate can be stored into or escape: refutation needs all reached.
    var storeSites: [Int] = []
    /// Those of `storeSites` found only through objects the candidate holds (`StoreSites.itemOnly`):
    /// dead when the candidate, an empty container, held nothing after any scenario call.
    var itemOnlySites: Set<Int> = []
    /// The parameters holding the candidate itself through which each site was found (`StoreSites.parameters`).
    var siteParameters: [Int: [(function: Int, parameter: String)]] = [:]
    /// Statements of other modules of the project that can store into the candidate through an
    /// attribute it is kept under (`ModuleSimulation.foreignAttributeSites`): each must be reached.
    var foreignAttributeSites: [(module: String, offset: Int, attribute: String)] = []
    /// What import ran counts as reached (only module-level code calls the target).
    var importCounts = false
    /// Those of `storeSites` that count as reached when import ran them: statements that take a
    /// function's defaults (`fn.__kwdefaults__[...]` in a decorator applied at import); what they
    /// then do with them runs in the calls the scenario makes.
    var reachedAtImport: Set<Int> = []
    /// The function under test, to tell whether the scenario called it.
    var targetFunction: Int?
    var traceName: String
    /// Check that growth persists by the size of what the candidates hold (repeated call).
    var persistenceWindow = true
    var prepare: (Interpreter) throws -> PreparedRun
    /// A generator of the target left suspended that unseen code may resume.
    var suspended: ((Interpreter) -> Bool)?
    /// Paths from an escape to the candidate through the target function's own defaults do not
    /// count, whatever the drive (the caller checks that a direct run refutes too).
    var defaultsPathIsACall = false
    /// Run only this one of the prepared entries (by index), as a program that calls only that
    /// caller would: another caller whose calls empty the candidate may never run.
    var onlyEntry: Int?
    /// Modules whose every entry point the scenario runs (the importers of an import-only
    /// target): what they keep, their code has had its chance to grow.
    var runModules: Set<String> = []
}

/// The one driver behind every scenario kind: branch policies, clone-after-import, measurement
/// windows (K then 2K steps; past a size bound; persistence), escapes, the budget, and the verdict
/// rules, including the checks that a refutation is earned.
extension ModuleSimulation {
    /// An interpreter that has imported the module under `policy` (run once, then copied).
    func importedInterpreter(_ policy: BranchPolicy) throws -> Interpreter {
        if let cached = imported.byPolicy[policy] {
            switch cached {
            case .success(let i): return i.clone()
            case .failure(let e): throw e
            }
        }
        let interp = makeInterpreter(policy)
        // What importing the module executed counts for every scenario, even when the import fails.
        defer {
            imported.modulesAtImport.formUnion(interp.units.dropFirst().map(\.name))
            imported.modulesRead.formUnion(imported.modulesAtImport)
        }
        do {
            try interp.loadModule()
            try interp.runScheduled()
            try interp.collect(gc: false)
            if interp.undecidedBranches > 0 || !interp.uncertainRaises.isEmpty { imported.importUndecided.insert(policy) }
            if interp.optionalModuleChoices > 0 { imported.importChoseOptionalModules.insert(policy) }
            // What import-time code did not model matters only if a scenario runs into it again.
            interp.unsupported = []
            interp.undecidedBranches = 0
            interp.feasibleChoices = 0
            interp.undecidedSites = []
            interp.assumedTests = 0
            interp.choicesInEntry = 0
            interp.branchOutcomes = [:]
            // What import reached is kept apart: a store reached only at import proves nothing
            // about the calls a scenario makes afterwards (unless import is the only caller).
            imported.importReach[policy] = (interp.reachedStatements, interp.calledFunctions)
            interp.reachedStatements = []
            interp.completedStatements = []
            interp.emptyBulkStores = []
            interp.filledBulkStores = []
            interp.calledFunctions = []
            // (What a scenario's steps make comes after this.)
            interp.heapSizeAfterImport = interp.heap.objects.count
            // A generator import-time code started (`next(gen)` to prime it) lives on a thread a
            // copy cannot share: such a module is imported afresh for each scenario instead.
            if !interp.coroutines.isEmpty { return interp }
            imported.byPolicy[policy] = .success(interp)
            return interp.clone()
        } catch {
            imported.byPolicy[policy] = .failure(error)
            throw error
        }
    }

    func makeInterpreter(_ policy: BranchPolicy) -> Interpreter {
        let i = Interpreter(module: module, bounds: options.bounds, pep442: options.targetVersion >= (3, 4))
        if options.targetVersion.0 == 3 { i.minimumMinor = options.targetVersion.1 }
        i.library = options.library
        i.policy = policy
        i.budget = budget
        i.providedFacts = imported.providedFacts
        i.assignedAttributes = assignedAttributes
        i.provider = options.modules
        i.units[0].isPackage = options.isPackage
        i.essentialImports = imported.essential
        return i
    }

    /// Whether runs stopped at the step bound of a scenario.
    static func stoppedOnStepBound(_ reason: UnknownReason?) -> Bool {
        if case .assumption(.stopped(.limit(.stepBound)))? = reason { return true }
        return false
    }

    /// The outcome of a scenario that could not start: the file's budget is spent.
    func notSimulated(_ description: ScenarioDescription) -> SimulationOutcome {
        var d = description
        d.drive = .notSimulated
        let why = Assumption.stopped(.limit(.budgetSpent(beforeStart: true)))
        return SimulationOutcome(verdict: .unknown, evidence: ScenarioEvidence(scenario: d, assumptions: [why]),
                                 reason: .assumption(why))
    }

    /// Runs `plan` under each branch policy until one decides every condition, and applies the
    /// verdict rules: growth on every policy ⇒ confirmed; growth with an escape or on some policies
    /// only ⇒ unknown; no growth ⇒ refuted only when earned (every store site reached, every caller
    /// run in full, no suspended generator, no escape, nothing unmodelled), else unknown.
    func drive(_ plan: ScenarioPlan) -> SimulationOutcome {
        imported.grewBeforeStepBound = false
        var outcome = driveOnce(plan)
        if outcome.verdict == .unknown, Self.stoppedOnStepBound(outcome.reason), imported.grewBeforeStepBound,
           imported.stepScale == 1, !imported.reranWithMoreSteps, budget.remaining > 0 {
            imported.reranWithMoreSteps = true
            // The step bound stopped the runs after the candidate had grown: calls that build big
            // object graphs each time (pyparsing's grammar helpers make a dozen parser elements per
            // call). Once more with three times the steps; what that run finds (a verdict, or
            // another reason) replaces the bound as the answer. (Off the file's work budget: the
            // file's other candidates keep theirs. Bounded by its own steps.)
            let remaining = budget.remaining
            imported.stepScale = 3
            let longer = driveOnce(plan)
            imported.stepScale = 1
            budget.remaining = remaining
            if !Self.stoppedOnStepBound(longer.reason) { outcome = longer }
        }
        guard outcome.verdict == .confirmed || Self.undecidedByValues(outcome.reason) else { return outcome }
        // The runs called functions of project modules the cap on imported modules left out, and
        // did not refute: what those return may decide a test, or be the key the growth was made
        // of (`nav_key(page)` giving one of four sections, not a new key per call). Run again with
        // them imported, for this scenario only. A growth resting on their values gives way to
        // what the fuller run finds; an undecided verdict only to a decided one.
        // (Those modules may call others the cap left out in turn.)
        let before = imported.essential
        // (The imports made for the usual set are kept for the file's next scenarios.)
        let importedBefore = (imported.byPolicy, imported.importReach, imported.importUndecided)
        var added = Set<String>()
        var fuller = outcome
        // (A confirmation resting on their values: up to three rounds; an unknown: one, as a
        // round costs as much as the first run.)
        for _ in 0..<(outcome.verdict == .confirmed ? 3 : 1) {
            let called = imported.calledCapped
            guard fuller.verdict != .refuted, !called.isSubset(of: before.union(added)), before.count + added.count < 12,
                  budget.remaining > options.bounds.maxWorkPerModule / 4 else { break }
            added.formUnion(called)
            imported.essential = before.union(added)
            imported.byPolicy = [:]
            fuller = driveOnce(plan)
        }
        guard !added.isEmpty else { return outcome }
        imported.essential = before
        (imported.byPolicy, imported.importReach, imported.importUndecided) = importedBefore
        if outcome.verdict == .confirmed || fuller.verdict != .unknown { return fuller }
        return outcome
    }

    /// Unknown for want of values (a test the runs could not decide, a store they did not reach,
    /// calls that never finished after such tests, keys chosen by them): what a module the cap left
    /// out returns may decide it. (Not an escape, an unmodelled construct, a bound: more code
    /// does not help those, and rerunning for them doubled the time of some projects.)
    static func undecidedByValues(_ reason: UnknownReason?) -> Bool {
        switch reason {
        case .growsOnlyOnSomePaths?, .storeNotReached?, .foreignStoreNotReached?: return true
        case .assumption(.callerNeverFinished)?, .assumption(.keysChosen)?: return true
        default: return false
        }
    }

    func driveOnce(_ plan: ScenarioPlan) -> SimulationOutcome {
        imported.calledCapped = []
        let description = plan.description
        // (The longer run measures after its own first window, not after the usual K calls.)
        let k = imported.callsOverride ?? options.calls
        let sites = plan.storeSites
        var best: SimulationOutcome?
        var unknownReason: Assumption?
        var candidateType: String?
        var reached = Set<Int>()
        // Statements that ran to their end (or ended in an exception the model knows happens):
        // a store site must have completed somewhere to count as reached.
        var completed = Set<Int>()
        var emptyBulk = Set<Int>(), filledBulk = Set<Int>()
        // How each test went, over every policy (unit-keyed), in frames that held the candidate
        // (`recordBranch`): see `DecidedControl`.
        var branches: [String: BranchRecord] = [:]
        var loneChoices = Set<String>()
        var doubtfulHandlers = Set<Int>()
        var called = Set<Int>()
        var endedBy: (type: String, origin: Int?)?
        var suspended = false
        var uncertain: (type: String, origin: Int)?
        // The model raised for want of knowledge somewhere (in this module or another one).
        var uncertainAnywhere = false
        // Other modules: the store statements of their functions the candidate was handed to, what
        // of them ran, modules whose state ends up holding the candidate, and every module executed.
        var foreignReach = ForeignReach()
        var heldElsewhere: [String] = []
        var modulesRead = Set<String>()
        // Some condition could not be evaluated: a store it skipped on every policy tried is not dead.
        var undecided = false
        // Callers the model could not run (missing, or a bound hit inside them): the verdict then
        // rests on the others, and can no longer be `refuted`.
        var failedCallers: [Assumption] = []
        // Modules the candidate escaped into that were left unfollowed only by the import cap.
        var capped = Set<String>()
        // Modules the cap left out whose functions the runs called (values from them are unknown).
        var calledCapped = Set<String>()
        // Every candidate was an empty container before the scenario and after each of its calls
        // (under every policy run): stores through what it holds never had anything to reach.
        var stayedEmpty = !plan.itemOnlySites.isEmpty
        // What a policy whose import went another way at an undecided condition did not create.
        var notCreated: Assumption?
        // Entries (by index) that finished a call normally under some policy, and those that ended
        // a call in an exception after a way the policy chose (the model's doing, maybe).
        var finishedEntries = Set<Int>()
        var doubtfulEnds: [Int: Assumption] = [:]
        /// Entries a call of which ended in an AttributeError the model may have caused (see
        /// `Interpreter.doubtfulRaises`).
        var lostTypeEnds: [Int: Assumption] = [:]
        // (The most choices of the policy in one key the candidate held after a run that
        // stored into it but stayed bounded.)
        var mostChosenKey = 0
        // A statement that emptied the candidate after code that may raise (unit-keyed, and its module).
        var removalAfterMayRaise: (key: Int, module: String?, skip: RemovalSkip)?
        func finish(_ outcome: SimulationOutcome) -> SimulationOutcome {
            var o = outcome
            o.viaCallers = {
                if case .callers = description.drive { return true }
                if case .importOnly = description.drive { return true }
                return false
            }()
            o.targetCalled = plan.targetFunction.map { called.contains($0) } ?? false
            // (With what the module's import executed under any policy: it ran before the scenario.)
            o.modulesRead = modulesRead.union(imported.modulesAtImport)
            imported.modulesRead.formUnion(o.modulesRead)
            return o
        }

        // Each branch policy is one deterministic way through the conditions the model cannot decide.
        var grown: SimulationOutcome?
        var grewUnder: [BranchPolicy] = []
        var flatUnder: [BranchPolicy] = []
        var grewOnFeasibleChoices = false
        // (Whether the candidate had grown when a run stopped at the step bound: see `drive`.)
        var grewSoFar: (() -> Bool)?
        for policy in BranchPolicy.allCases {
            grewSoFar = nil
            do {
                let interp = try importedInterpreter(policy)
                if imported.stepScale > 1 { interp.bounds.maxSteps = options.bounds.maxSteps * imported.stepScale }
                defer {
                    interp.shutDownCoroutines()
                    calledCapped.formUnion(interp.cappedCalled)
                }
                let prepared = try plan.prepare(interp)
                var entries = prepared.entries
                if let missing = prepared.missing {
                    if entries.isEmpty {
                        interp.trace("\(plan.traceName) under \(policy): \(missing); import undecided: \(imported.importUndecided.contains(policy))")
                        // (Import went one way through a condition it could not decide: the next
                        // policy may create what this one did not. Where it does, the runs there
                        // decide: on the way that made nothing there is nothing to grow.)
                        if imported.importUndecided.contains(policy) {
                            if notCreated == nil { notCreated = missing }
                            continue
                        }
                        if !failedCallers.contains(missing) { failedCallers.append(missing) }
                        unknownReason = missing
                        break
                    }
                    if !failedCallers.contains(missing) { failedCallers.append(missing) }
                }
                if let only = plan.onlyEntry {
                    guard only < entries.count else { throw Signal.abort(.noCallerRan) }
                    entries = [entries[only]]
                }
                entries += prepared.extraEntries
                let candidates: () -> [ObjID] = prepared.candidates ?? { [] }
                let escapeCandidates = prepared.escapeCandidates ?? candidates
                if let c = candidates().first { candidateType = interp.typeName(c) }
                interp.watched = Set(candidates())
                modulesRead.formUnion(interp.units.dropFirst().map(\.name))
                let hasCandidates = prepared.candidates != nil
                let sizeBefore = hasCandidates ? interp.subgraphSize(candidates()) : 0
                grewSoFar = { hasCandidates && !candidates().isEmpty && interp.subgraphSize(candidates()) > sizeBefore }
                // (A nested function's default is made by the first call: nothing to compare with.)
                let presentBefore = hasCandidates && !candidates().isEmpty
                let empty: () -> Bool = { candidates().allSatisfy { interp.containerLength($0) == 0 } }
                // (A `defaultdict` is filled by reading it: `d[k].append(v)` stores a new key into
                // the default itself, so those statements are not dead while it is empty.)
                let fillsOnRead = candidates().contains {
                    if case .dict(_, let factory) = interp.heap[$0].payload { return factory != nil }
                    return false
                }
                if stayedEmpty, !presentBefore || !empty() || fillsOnRead { stayedEmpty = false }
                var dropped = Set<Int>()
                var decisionsBefore = 0
                let measure: () -> Measurement = prepared.measure ?? { interp.measure(under: candidates()) }
                let run = try runGrowth(interp, gc: plan.gc, measure: measure,
                                        size: plan.persistenceWindow && hasCandidates ? { interp.subgraphSize(candidates()) } : nil,
                                        text: plan.persistenceWindow && hasCandidates ? { interp.subgraphText(candidates()) } : nil) {
                    for (i, entry) in entries.enumerated() where !dropped.contains(i) {
                        do {
                            interp.choicesInEntry = 0
                            interp.entryEvaluations.removeAll(keepingCapacity: true)
                            decisionsBefore = interp.undecidedBranches
                            interp.beginEntryCall()
                            interp.entryStepLimit = entries.count - dropped.count > 1 ? interp.steps + interp.bounds.maxSteps / 4 : nil
                            defer { interp.entryStepLimit = nil }
                            _ = try entry(interp)
                            finishedEntries.insert(i)
                            interp.endEntryCall()
                            // (A nested function's default is made by a call: watched from then on.)
                            if hasCandidates, !presentBefore { interp.watched.formUnion(candidates()) }
                        } catch Signal.raise(let exc) {
                            // (After a way the policy chose through a test it could not decide. A
                            // raise for want of knowledge alone, such as a fresh argument missing from a
                            // table, is what outside callers passing a bad value get too.)
                            let unit = interp.heap.unitOf[exc] ?? 0
                            // (Raised by standard-library code the model followed from source: far
                            // more often a gap of the model in code CPython runs every day than
                            // what real calls meet.)
                            let lostType = interp.doubtfulRaises.contains(exc)
                                || (unit > 0 && unit < interp.units.count && interp.units[unit].isLibrary)
                            let end = Assumption.callerNeverFinished(exception: interp.typeName(exc),
                                                                     module: unit == 0 ? nil : interp.units[unit].name,
                                                                     offset: interp.raiseOrigin(exc))
                            if lostType, lostTypeEnds[i] == nil { lostTypeEnds[i] = end }
                            if doubtfulEnds[i] == nil, interp.undecidedBranches > decisionsBefore || lostType { doubtfulEnds[i] = end }
                            interp.endEntryCall()
                            interp.lastEscapedException = (interp.typeName(exc), interp.raiseOrigin(exc))
                            interp.trace("\(plan.traceName) under \(policy): entry \(i) raised \(interp.typeName(exc)) at byte \(interp.raiseOrigin(exc) ?? -1) (\(interp.heap[exc].origin ?? -1) in unit \(interp.heap.unitOf[exc] ?? 0) \({ let u = interp.heap.unitOf[exc] ?? 0; return u < interp.units.count ? interp.units[u].name : "?" }()))")
                        } catch Signal.abort(let why) where entries.count > 1 && !Signal.isGlobalAbort(why) {
                            interp.endEntryCall(completed: false)
                            // One caller the model cannot run in full: go on with the others.
                            dropped.insert(i)
                            let failure = Assumption.callerIncomplete(why)
                            if !failedCallers.contains(failure) { failedCallers.append(failure) }
                        }
                        if stayedEmpty, !empty() { stayedEmpty = false }
                    }
                    if dropped.count == entries.count {
                        throw Signal.abort(failedCallers.last.map { .allCallersFailed($0) } ?? .noCallerRan)
                    }
                }
                interp.trace("\(plan.traceName) under \(policy): \(interp.heap.objects.count) heap objects after \(interp.steps) steps")
                reached.formUnion(interp.reachedStatements)
                completed.formUnion(interp.completedStatements)
                emptyBulk.formUnion(interp.emptyBulkStores)
                filledBulk.formUnion(interp.filledBulkStores)
                for (k, r) in BranchRecord.named(interp) { branches[k, default: BranchRecord()].merge(r) }
                loneChoices.formUnion(interp.loneChoiceCalls.compactMap { BranchRecord.choiceName($0, interp) })
                doubtfulHandlers.formUnion(interp.doubtfulHandlers)
                if removalAfterMayRaise == nil, let k = interp.removalAfterMayRaise {
                    let u = ModuleKey.unit(k)
                    removalAfterMayRaise = (k, u == 0 || u >= interp.units.count ? nil : interp.units[u].name, interp.removalSkip)
                }
                called.formUnion(interp.calledFunctions)
                foreignReach.add(interp)
                if hasCandidates {
                    for m in foreignHolders(interp, candidates()) where !heldElsewhere.contains(m) { heldElsewhere.append(m) }
                }
                modulesRead.formUnion(interp.units.dropFirst().map(\.name))
                if plan.importCounts, let atImport = imported.importReach[policy] {
                    reached.formUnion(atImport.statements)
                    completed.formUnion(atImport.statements)
                    called.formUnion(atImport.functions)
                } else if !plan.reachedAtImport.isEmpty, let atImport = imported.importReach[policy] {
                    let ran = plan.reachedAtImport.intersection(atImport.statements)
                    reached.formUnion(ran)
                    completed.formUnion(ran)
                }
                if let e = interp.lastEscapedException { endedBy = e }
                if uncertain == nil, let u = interp.uncertainRaises.first(where: { $0.unit == 0 }) { uncertain = (u.type, u.origin) }
                if !interp.uncertainRaises.isEmpty { uncertainAnywhere = true }
                if interp.undecidedBranches > 0 || interp.assumedTests > 0 { undecided = true }
                if let isSuspended = plan.suspended, isSuspended(interp) { suspended = true }
                if let why = run.unknown { unknownReason = why; continue }
                let (m1, m2, firstPoint) = (run.first, run.second, run.calls)
                var described = description
                if firstPoint != k, run.bound == nil, run.settledAfter == nil { described.window = .rate(extraSteps: firstPoint) }
                if let settled = run.settledAfter { described.window = .settled(after: settled) }
                if let bound = run.bound { described.window = .pastBound(first: firstPoint, bound: bound) }
                if let large = run.largeBound { described.window = .belowLargeBound(large) }

                let escaped = relevantEscapes(interp, escapeCandidates(), plan: plan)
                noteCapped(interp, escaped, &capped)
                interp.trace("\(plan.traceName) under \(policy): \(m1.objects.count)/\(m1.slots) → \(m2.objects.count)/\(m2.slots) objects/slots, candidates \(candidates().count)")
                if grew(m1, m2) {
                    grewUnder.append(policy)
                    // (Every undecided test of the run was a choice callers make either way.)
                    if interp.undecidedBranches == interp.feasibleChoices, interp.assumedTests == 0 { grewOnFeasibleChoices = true }
                    if grown == nil {
                        var growth = growthDescription(interp, m1, m2, calls: firstPoint)
                        growth.per = description.kind.unit
                        let target = prepared.retained?(m1, m2) ?? pickRetained(interp, m1, m2, candidates())
                        let path = interp.retentionPath(to: target)
                        // Not reachable from a root but alive: held by a cycle only the collector frees.
                        // (The retained object itself, or the first new object in a cycle that holds it.)
                        var cycle: [RetentionStep] = []
                        if path.isEmpty && !plan.gc {
                            for id in [target] + m2.objects.subtracting(m1.objects).sorted().prefix(32) {
                                cycle = interp.cycle(through: id)
                                if !cycle.isEmpty { break }
                            }
                        }
                        // The graph goes with the growth: an outcome has one exactly when it grew
                        // (and the run asked for graphs).
                        let graph = options.renderGraphs
                            ? interp.dot(of: m2.objects, highlight: Set(m2.objects.subtracting(m1.objects))) : nil
                        let evidence = ScenarioEvidence(scenario: described, growth: growth, retentionPath: path,
                                                        assumptions: escaped.map { .escaped(into: $0) }, graph: graph)
                        grown = SimulationOutcome(verdict: .confirmed, evidence: evidence, candidateType: candidateType)
                        grown?.cycle = cycle
                        grown?.undecidedTests = interp.undecidedTests
                    }
                } else {
                    flatUnder.append(policy)
                    let grewOnce = presentBefore && interp.subgraphSize(candidates()) > sizeBefore
                    let escaped = interp.escapes.isEmpty && interp.storageEscapes.isEmpty ? escaped : relevantEscapes(interp, escapeCandidates(), plan: plan, grew: false)
                    noteCapped(interp, escaped, &capped)
                    var assumptions: [Assumption] = escaped.map { .escaped(into: $0) }
                    if !interp.unsupported.isEmpty {
                        assumptions += interp.unsupported.map { .notModelled($0) }
                    }
                    let outcome = SimulationOutcome(verdict: assumptions.isEmpty ? .refuted : .unknown,
                                                    evidence: ScenarioEvidence(scenario: described, assumptions: assumptions),
                                                    candidateType: candidateType,
                                                    reason: assumptions.isEmpty ? nil : reasonForUnknown(escaped, interp.unsupported))
                    if best == nil || (best?.verdict == .refuted && outcome.verdict == .unknown) { best = outcome }
                    if grewOnce {
                        best?.storedButBounded = true
                        mostChosenKey = max(mostChosenKey, interp.mostChosenKey(candidates()))
                    }
                }
                if interp.undecidedBranches == 0, !imported.importChoseOptionalModules.contains(policy) { break }
            } catch Signal.abort(let why) {
                if case .stepBound? = why.limit, grewSoFar?() == true { imported.grewBeforeStepBound = true }
                if Interpreter.tracing { FileHandle.standardError.write(Data("heapsim: \(plan.traceName) under \(policy): \(why)\n".utf8)) }
                if case .allCallersFailed(let a) = why { unknownReason = a } else { unknownReason = .stopped(why) }
            } catch {
                unknownReason = .failure("\(error)")
            }
        }
        // (Nothing ran on any policy: what was not created is the reason.)
        if best == nil, grown == nil, unknownReason == nil, let missing = notCreated {
            unknownReason = missing
            failedCallers.append(missing)
        }
        // The candidate went into code of project modules the cap left out: run again with them
        // imported (once more per module, a few modules per file at most).
        imported.calledCapped = calledCapped
        if !capped.isSubset(of: imported.essential), imported.essential.count < 8,
           budget.remaining > options.bounds.maxWorkPerModule / 4 {
            imported.essential.formUnion(capped)
            imported.byPolicy = [:]
            return driveOnce(plan)
        }
        if var grown {
            if !grown.evidence.assumptions.isEmpty {
                // Code heaplint cannot see had the candidate too: it might also empty it.
                grown.verdict = .unknown
                grown.reason = reasonForUnknown(grown.evidence.assumptions.compactMap {
                    if case .escaped(let what) = $0 { return what } else { return nil }
                }, [])
                return finish(grown)
            }
            if flatUnder.isEmpty || grewOnFeasibleChoices { return finish(grown) }
            // Growth only on some ways through conditions the model cannot evaluate: it may or may not happen.
            grown.verdict = .unknown
            grown.reason = .growsOnlyOnSomePaths
            grown.evidence.assumptions.append(.growsOnlyOnSomePaths)
            return finish(grown)
        }
        if let unknownReason, best?.verdict != .unknown {
            var o = SimulationOutcome(verdict: .unknown, evidence: ScenarioEvidence(scenario: description, assumptions: [unknownReason]),
                                      candidateType: candidateType, reason: .assumption(unknownReason))
            o.storeSites = sites
            o.unreachedSites = sites.filter { !completed.contains($0) }
            return finish(o)
        }
        guard var outcome = best else {
            return finish(SimulationOutcome(verdict: .unknown, evidence: ScenarioEvidence(scenario: description),
                                            candidateType: candidateType, reason: .noScenarioRan))
        }
        outcome.storeSites = sites
        outcome.unreachedSites = sites.filter { !completed.contains($0) }
        // (Not after the model raised for want of knowledge: the statements that fill it may not have run.)
        if stayedEmpty, !uncertainAnywhere, outcome.verdict == .refuted {
            // (Dead: the candidate never held anything those statements could reach.)
            let dead = outcome.unreachedSites.filter { plan.itemOnlySites.contains($0) }
            outcome.unreachedSites.removeAll { plan.itemOnlySites.contains($0) }
            outcome.itemSitesDead = dead.count
        }
        outcome.endedBy = endedBy
        var runLonger = false
        if outcome.verdict == .refuted, !outcome.unreachedSites.isEmpty,
           let never = lostTypeEnds.keys.sorted().first(where: { !finishedEntries.contains($0) }), let why = lostTypeEnds[never] {
            // A store not reached because every call of a caller ended in an AttributeError for a
            // name a class of the program defines, missing from a builtin value: the model likely
            // made the wrong object there, and real calls may go on to the store.
            outcome.verdict = .unknown
            outcome.reason = .assumption(why)
            outcome.evidence.assumptions.append(why)
        }
        if outcome.verdict == .refuted, outcome.storedButBounded,
           let never = doubtfulEnds.keys.sorted().first(where: { !finishedEntries.contains($0) }), let why = doubtfulEnds[never] {
            // Stored into and emptied again, by a caller whose every call ended in an exception
            // after a way the policy chose through a test it could not decide, under every policy:
            // real calls that finish may leave what these runs took out again. Not earned. (A
            // default nothing stored into is read-only whatever became of the calls.)
            outcome.verdict = .unknown
            outcome.reason = .assumption(why)
            outcome.evidence.assumptions.append(why)
        }
        if outcome.verdict == .refuted, let r = removalAfterMayRaise {
            // (Judged once the other ways of running it had their say: see `unearnedByRemoval`.)
            switch r.skip {
            case .exception: outcome.removalAfterMayRaise = .removalSkippedByException(module: r.module, offset: ModuleKey.raw(r.key))
            case .stoppedGenerator: outcome.removalAfterMayRaise = .removalSkippedByStoppedGenerator(module: r.module, offset: ModuleKey.raw(r.key))
            case .undecidedTest: outcome.removalAfterMayRaise = .removalSkippedByUndecidedTest(module: r.module, offset: ModuleKey.raw(r.key))
            }
        }
        if outcome.verdict == .refuted, outcome.storedButBounded, mostChosenKey >= 3 {
            // Its keys repeat only because the policy went the same way through tests the model
            // could not decide each call: real calls may build a new key every time.
            outcome.verdict = .unknown
            outcome.reason = .assumption(.keysChosen(mostChosenKey))
            outcome.evidence.assumptions.append(.keysChosen(mostChosenKey))
        }
        if outcome.verdict == .refuted {
            // Refutation must be earned: every statement that could store into the candidate ran,
            // every caller ran in full, and no generator of it was left suspended.
            // A store skipped inside a function that ran, on control flow decided from known values,
            // is dead for these callers. One in a function that never ran (a method only outside
            // code calls), or skipped after the model raised for want of knowledge, is not.
            let neverRanAll = outcome.unreachedSites.filter { site in
                guard let f = innermostFunction(containing: site), let first = f.body.first else { return true }
                return !called.contains(f.id) && !reached.contains(first.range.lowerBound)
            }
            // A store in an `except` handler no call entered is not dead: the model raises only
            // where it knows an exception happens, and the `try` may raise for real callers.
            let inHandler = outcome.unreachedSites.lazy.compactMap { site -> (site: Int, tryStatement: Int)? in
                guard let h = self.enclosingHandler(of: site), doubtfulHandlers.contains(h.handler) else { return nil }
                return (site, h.tryStatement)
            }.first
            // Where some condition was undecided, a skipped store is dead only when the test that
            // kept control out of its block was decided on known values every time it ran.
            let here = module.name
            let control = DecidedControl(reached: { reached.contains($0) }, outcome: { branches["\(here):\($0)"] }, lone: loneChoices)
            // (A store the candidate can only reach through a parameter whose `isinstance` test
            // rules out the candidate's type is dead whatever the other tests did.)
            // (So is one reached only through parameters it was handed to in the module, each with such a test.)
            // (And identity tests: the candidate is not None; the target's parameter, while it
            // holds the default, is the module-level object its default names.)
            let defaultName = description.parameter.flatMap { p in plan.targetFunction.flatMap { module.defaultGlobalName(function: $0, parameter: p) } }
            let guarded: (Int, FunctionDef) -> Bool = { site, f in
                if let p = description.parameter, f.id == plan.targetFunction,
                   DecidedControl.typeGuardExcludes(site: site, function: f, parameter: p, candidateType: candidateType, defaultName: defaultName) { return true }
                guard let refs = plan.siteParameters[site], !refs.isEmpty else { return false }
                return refs.allSatisfy { $0.function == f.id && DecidedControl.typeGuardExcludes(site: site, function: f, parameter: $0.parameter, candidateType: candidateType) }
            }
            let undecidedSkipsAll = outcome.unreachedSites.filter { site in
                guard let f = innermostFunction(containing: site) else { return true }
                return !control.isDead(site, in: f) && !guarded(site, f)
            }
            // A store in a function that never ran, found only through that function's own
            // parameters (the default reaches it only when a statement of the module hands it
            // over, `PlotData(data, variables)`): dead when every statement that could hand it over
            // sits in a function that ran and was skipped there on decided tests, as the same
            // store in another module's function is (see `unreachedForeignSites`). Outside code
            // could hand it over only if the default escaped to it, which is no refutation.
            let ran: (FunctionDef) -> Bool = { f in called.contains(f.id) || f.body.first.map { reached.contains($0.range.lowerBound) } ?? false }
            let skipped: (Int, FunctionDef) -> Bool = { s, f in
                !reached.contains(s) && (!(uncertainAnywhere || undecided) || control.isDead(s, in: f) || guarded(s, f))
                    && !(self.enclosingHandler(of: s).map { doubtfulHandlers.contains($0.handler) } ?? false)
            }
            var excuses = DecidedControl.HandOverExcuses(module: module, ran: ran, dead: skipped)
            let handedOverOnly = Set(neverRanAll.filter { site in
                guard let f = innermostFunction(containing: site), f.id != plan.targetFunction else { return false }
                return excuses.excused(site, in: f, parameters: plan.siteParameters[site])
            })
            let neverRan = neverRanAll.filter { !handedOverOnly.contains($0) }
            let undecidedSkips = undecidedSkipsAll.filter { !handedOverOnly.contains($0) }
            // A bulk store that ran only with nothing to store (`d.update(values)` of a dict the
            // model built empty from text it could not take apart): reached, but it never showed
            // what it stores. (Only where some test was undecided: on known values alone, an
            // empty `overflow.extend(messages[5:])` of two messages is what every call does.)
            let storedNothing = (uncertainAnywhere || undecided)
                ? sites.filter { completed.contains($0) && emptyBulk.contains($0) && !filledBulk.contains($0) } : []
            if !neverRan.isEmpty || (!undecidedSkips.isEmpty && (uncertainAnywhere || undecided)) || inHandler != nil || !storedNothing.isEmpty {
                outcome.verdict = .unknown
                if let site = neverRan.first, let f = innermostFunction(containing: site) {
                    outcome.unreached = .functionNeverRan(site: site, function: f.isLambda ? "<lambda>" : f.qualifiedName)
                } else if let site = storedNothing.first {
                    outcome.unreached = .storedNothing(site: site)
                } else if let h = inHandler, !(uncertainAnywhere || undecided) {
                    outcome.unreached = .skippedHandler(site: h.site, tryStatement: h.tryStatement)
                } else if let site = undecidedSkips.first, let u = uncertain {
                    outcome.unreached = .skippedAfterUncertainRaise(site: site, exception: u.type, raisedAt: u.origin)
                } else if let site = undecidedSkips.first {
                    outcome.unreached = .skippedOnUndecidedPath(site: site)
                }
                outcome.reason = .storeNotReached
                if outcome.unreachedSites.isEmpty {
                    outcome.evidence.assumptions.append(.failure("reached, but handed nothing to store: \(storedNothing.count) of \(sites.count) statements that can store into the default"))
                } else {
                    outcome.evidence.assumptions.append(.notReached(unreached: outcome.unreachedSites.count, total: sites.count))
                }
                // (Callers that exist but were not run stay named: a later run as outside code
                // would, with other arguments, says nothing about them.)
                outcome.evidence.assumptions += failedCallers.filter { if case .callerNotRun = $0 { return true } else { return false } }
            } else if let site = unreachedForeignSites(foreignReach, reachedHere: reached, completedHere: completed, calledHere: called,
                                                       branches: branches, loneChoices: loneChoices, candidateType: candidateType, undecided: undecided || uncertainAnywhere).first {
                // The candidate was handed to a function of another module: its stores count too.
                outcome.verdict = .unknown
                outcome.reason = .foreignStoreNotReached(module: site.0)
                outcome.evidence.assumptions.append(.foreignStoreNotReached(module: site.0, offset: site.1))
            } else if let site = plan.foreignAttributeSites.first(where: { !foreignReach.completed.contains(ForeignReach.key($0.module, $0.offset)) }) {
                // Kept under an attribute that code of another module stores through (a subclass's
                // method growing `self.options`): that code must run before refuting.
                outcome.verdict = .unknown
                outcome.reason = .foreignStoreNotReached(module: site.module)
                outcome.evidence.assumptions.append(.foreignAttributeStoreNotReached(module: site.module, offset: site.offset, attribute: site.attribute))
            } else if let holder = heldElsewhere.first(where: { !plan.runModules.contains($0) }) {
                // Kept by another module's state: code of that module the scenario did not run may grow it.
                outcome.verdict = .unknown
                outcome.reason = .heldByModule(holder)
                outcome.evidence.assumptions.append(.heldByModule(holder))
            } else if !failedCallers.isEmpty {
                outcome.verdict = .unknown
                outcome.reason = .assumption(failedCallers[0])
                outcome.evidence.assumptions += failedCallers
            } else if suspended {
                outcome.verdict = .unknown
                outcome.reason = .suspendedGenerator
                outcome.evidence.assumptions.append(.suspendedGenerator)
            } else if !sites.isEmpty {
                outcome.evidence.scenario.reachedAllSites = sites.count
                outcome.evidence.scenario.skippedDeadSites = outcome.unreachedSites.count + outcome.itemSitesDead
                outcome.evidence.scenario.skippedItemSites = outcome.itemSitesDead
                // A test decided on known values in these calls may go the other way later: state
                // that changes from call to call (a counter, a failure count, a burst window) opens
                // the store after the 8th or 20th call. Before calling a skipped store dead, run
                // longer; what that run finds stands.
                let typeGuarded = outcome.unreachedSites.filter { site in innermostFunction(containing: site).map { guarded(site, $0) } ?? false }
                // (Not for stores that only reach what the default holds: it stayed empty while every
                // statement that could fill it ran, and running longer would not change that.)
                if typeGuarded.count < outcome.unreachedSites.count { runLonger = true }
            }
            // Stored into, then flat over a few calls: a store every 10th call looks the same.
            if outcome.storedButBounded { runLonger = true }
            if runLonger, imported.callsOverride == nil, budget.remaining > options.bounds.maxWorkPerModule / 4 {
                imported.callsOverride = Self.longerRun
                defer { imported.callsOverride = nil }
                var longer = driveOnce(plan)
                longer.evidence.scenario.steps = Self.longerRun
                return longer
            }
        }
        return finish(outcome)
    }

    /// Why the verdict is unknown, from the escapes and the unmodelled constructs seen.
    /// Steps before the first measurement of the longer run (then as many again).
    static let longerRun = 32

    /// Adds the capped modules `escaped` names to `capped`.
    func noteCapped(_ interp: Interpreter, _ escaped: [String], _ capped: inout Set<String>) {
        for e in escaped {
            var found = cappedModules(interp, [e])
            // (Into a base class, or a method found nowhere but on one: the bases code looked into.)
            if found.isEmpty, e == Interpreter.outsideBaseConstructor || e.hasPrefix("`self.") {
                found = interp.cappedTouched
            }
            // (A call of an object made by such a module's code, `self._log_render(self, ...)` of
            // a `LogRender` instance: that module.)
            if found.isEmpty, let m = interp.cappedEscapes[e] { found = [m] }
            capped.formUnion(found)
        }
    }

    /// Project modules named by escapes (`` `pkg.mod.f()` ``) that the cap on imported modules
    /// left unfollowed in this run.
    func cappedModules(_ interp: Interpreter, _ escaped: [String]) -> Set<String> {
        var out = Set<String>()
        let capped = interp.opaqueImports.keys.filter { interp.leftOutByCap($0) }
        for e in escaped where e.hasPrefix("`") && e.hasSuffix("()`") {
            let spelled = e.dropFirst().dropLast(3)
            // (A relative spelling, `..storage.audit.record`, names a module by its last parts.)
            let relative = spelled.hasPrefix(".")
            var parts = spelled.drop(while: { $0 == "." }).split(separator: ".").map(String.init)
            // (A bare name, `isListOfNumbers()` or `CorpusReader.__init__()`, bound only by a star
            // import of this module: the project module that exports it, when the cap left that
            // module out.)
            if !relative, var source = starSource(of: parts[0], in: module, moduleName: module.name, isPackage: options.isPackage) {
                // (Through a module that star-imports it in turn, `api` re-exporting `util`'s
                // names: the first one along the way that the cap left out.)
                var hops = 0
                while !interp.leftOutByCap(source), hops < 4, let provided = options.modules?.module(named: source),
                      let next = starSource(of: parts[0], in: provided.module, moduleName: source, isPackage: provided.isPackage) {
                    source = next
                    hops += 1
                }
                if interp.leftOutByCap(source) {
                    out.insert(source)
                    continue
                }
            }
            while parts.count > 1 {
                parts.removeLast()
                let name = parts.joined(separator: ".")
                if !relative, interp.opaqueImports[name] != nil {
                    if interp.leftOutByCap(name) { out.insert(name) }
                    break
                }
                if relative {
                    let matches = capped.filter { $0 == name || $0.hasSuffix("." + name) }
                    if !matches.isEmpty { out.formUnion(matches); break }
                }
            }
        }
        return out
    }

    func reasonForUnknown(_ escaped: [String], _ unsupported: [String]) -> UnknownReason {
        if let first = escaped.first { return .flowsInto(first) }
        if let first = unsupported.first { return .usesUnmodelled(first) }
        return .flowedIntoUnseenCode
    }

    /// Escapes into unknown code of an object that reaches the candidate (the candidate itself, or
    /// something holding it): what each went into. Handing out an item the candidate holds does not
    /// hand out the candidate.
    ///
    /// When the scenario calls the target itself, as an outside caller would (`drive == .direct`),
    /// a path that reaches the default only through the target function's own `__defaults__` (an
    /// instance handed to unknown code → its class → the method → its defaults) is not an escape:
    /// what unknown code can do with the function is call it, which is what the scenario does.
    func relevantEscapes(_ interp: Interpreter, _ candidates: [ObjID], plan: ScenarioPlan, grew: Bool = true) -> [String] {
        guard !interp.escapes.isEmpty || !interp.storageEscapes.isEmpty, !candidates.isEmpty else { return [] }
        var calledAsOutsideCaller = Set<ObjID>()
        // (Unless a function went to `inspect`'s views of defaults, `signature(fn)` and the like:
        // those hand out the default objects themselves, not a way to call the function.)
        func toDefaultsView(_ what: String) -> Bool {
            Self.defaultsReachingNames.contains { what.contains($0 + "(") || what.contains($0 + "`") }
        }
        if plan.description.drive == .direct || plan.defaultsPathIsACall,
           let target = plan.targetFunction, target < module.functions.count {
            // (A method of a class with a base the model cannot see is called on instances the
            // model makes, which real code may never make — an Enum's members are fixed: there the
            // path through the class still counts against growth. Against a run that did not grow it
            // does not: what real code can do with such an instance is call the method, as here.)
            let cls = module.functions[target].enclosingClass
            let knownClass = !grew || cls.map { c in
                interp.classObjects[ModuleKey.make(0, c.id)].map { !interp.classHasOpaqueBase($0) } ?? false
            } ?? true
            if knownClass {
                calledAsOutsideCaller = Set(interp.functionObjects[ModuleKey.make(0, target)] ?? [])
                // (Another function of this module whose default is the same object, `def
                // safe_substitute(self, mapping=_sentinel_dict)` beside the target's: what unknown
                // code can do with it is call it, and such a call is that function's own finding,
                // the same default site the rule reports there.)
                let held = Set(candidates)
                let moduleObject = interp.functionObjects[ModuleKey.make(0, target)]?.first.flatMap { f -> ObjID? in
                    if case .function(let st) = interp.heap.objects[f].payload { return st.globals } else { return nil }
                }
                if let moduleObject {
                    for (id, o) in interp.heap.objects.enumerated() where !o.freed && !calledAsOutsideCaller.contains(id) {
                        guard case .function(let st) = o.payload, st.globals == moduleObject,
                              st.defaults.contains(where: { $0.map(held.contains) ?? false }) || st.kwdefaults.contains(where: { held.contains($0.1) })
                        else { continue }
                        let ownClass = module.functions.indices.contains(st.def) ? module.functions[st.def].enclosingClass : nil
                        let known = !grew || ownClass.map { c in
                            interp.classObjects[ModuleKey.make(0, c.id)].map { !interp.classHasOpaqueBase($0) } ?? false
                        } ?? true
                        if known { calledAsOutsideCaller.insert(id) }
                    }
                }
            }
        }
        // (Handing the candidate back to an outside caller cannot undo growth already seen, nor
        // can a recursive call past the depth bound: it runs the body the levels above it ran,
        // whose removals, if any, ran there too.)
        // (Nor can keys that may repeat, `id()` values or what unseen code handed back, make a run
        // that did not grow grow: they only merge entries.)
        let escapes = interp.escapes.filter {
            !(grew && ($0.what == Interpreter.returnedToCallers || $0.what.hasSuffix(Interpreter.pastRecursionBound)))
                && !(!grew && Interpreter.keysMayRepeat.contains($0.what))
        }
        // Against a run that did not grow: a mutable object the candidates alone hold (a list in
        // the default dict) is part of what they retain, and code handed it (or a shallow copy
        // sharing it) may grow it.
        let held = !grew || !interp.storageEscapes.isEmpty ? Self.solelyHeldMutables(interp.heap, candidates) : []
        var out: [String] = []
        // An instance whose items went to unseen code: relevant when it is a candidate or one
        // holds it (its items are then part of what the default retains).
        if !interp.storageEscapes.isEmpty {
            let holding = Set(candidates + held)
            for e in interp.storageEscapes where holding.contains(e.object) && !out.contains(e.what) { out.append(e.what) }
        }
        // Keys that may repeat, put into a container the candidates hold (a Counter kept on the
        // default instance): its growth may be no growth.
        let keyEscapes = escapes.filter { Interpreter.keysMayRepeat.contains($0.what) }
        if !keyEscapes.isEmpty {
            let within = Set(Self.heldThroughContainers(interp.heap, candidates))
            for e in keyEscapes where !out.contains(e.what) && e.objects.contains(where: within.contains) { out.append(e.what) }
        }
        let candidates = grew ? candidates : candidates + held
        if escapes.count > 4 {
            // Many hand-offs: one walk back from the candidates answers for all of them.
            let reaching = interp.heap.reaching(candidates, skipModules: true, throughFreed: true,
                                                withoutDefaultsOf: calledAsOutsideCaller)
            var throughDefaults: [Bool]?
            for e in escapes where !out.contains(e.what) {
                var r = reaching
                if toDefaultsView(e.what), !calledAsOutsideCaller.isEmpty {
                    if throughDefaults == nil { throughDefaults = interp.heap.reaching(candidates, skipModules: true, throughFreed: true) }
                    r = throughDefaults!
                }
                if e.objects.contains(where: { $0 < r.count && r[$0] }) { out.append(e.what) }
            }
            return out
        }
        for e in escapes where !out.contains(e.what) {
            let from = interp.heap.reachable(from: e.objects, skipModules: true, throughFreed: true,
                                             withoutDefaultsOf: toDefaultsView(e.what) ? [] : calledAsOutsideCaller)
            guard candidates.contains(where: { $0 < from.count && from[$0] }) else { continue }
            out.append(e.what)
        }
        return out
    }

    /// The candidates and what they hold through containers and instances (items and attribute
    /// values, any levels down), bounded.
    static func heldThroughContainers(_ heap: Heap, _ candidates: [ObjID]) -> [ObjID] {
        var seen = Set(candidates)
        var out = candidates
        var stack = candidates
        while let id = stack.popLast(), out.count < 4096 {
            switch heap.objects[id].payload {
            case .list, .tuple, .dict, .set, .deque, .instance: break
            default: continue
            }
            heap.forEachEdge(id, ordered: false) { _, t in
                guard seen.insert(t).inserted, !heap.objects[t].freed else { return }
                out.append(t)
                stack.append(t)
            }
        }
        return out
    }

    /// The mutable containers and instances the candidates hold (items and attribute values, a
    /// level or more down, through containers and instances only) that nothing else live reaches:
    /// growth of one is growth of what a candidate retains. (A module-level list a default dict
    /// names grows, if at all, as the module's.)
    static func solelyHeldMutables(_ heap: Heap, _ candidates: [ObjID]) -> [ObjID] {
        func isMutable(_ id: ObjID) -> Bool {
            switch heap.objects[id].payload {
            case .list, .dict, .set, .deque, .instance, .weakContainer: return true
            default: return false
            }
        }
        func expands(_ id: ObjID) -> Bool {
            switch heap.objects[id].payload {
            case .list, .tuple, .dict, .set, .deque, .instance: return true
            default: return false
            }
        }
        let start = Set(candidates)
        var held: [ObjID] = []
        var seen = start
        var stack = candidates.filter(expands)
        while let id = stack.popLast(), held.count < 256 {
            heap.forEachEdge(id, ordered: false) { _, t in
                guard seen.insert(t).inserted, !heap.objects[t].freed else { return }
                if isMutable(t) { held.append(t) }
                if expands(t) { stack.append(t) }
            }
        }
        guard !held.isEmpty else { return [] }
        let elsewhere = heap.reachable(blocking: start)
        return held.filter { !($0 < elsewhere.count && elsewhere[$0]) }
    }

    /// The innermost function whose body holds the statement starting at `offset`.
    /// The innermost `except` handler holding `offset` (its start) and the start of its `try`.
    func enclosingHandler(of offset: Int) -> (handler: Int, tryStatement: Int)? {
        if imported.handlers == nil { imported.handlers = Self.handlers(of: module) }
        return imported.handlers?.filter { $0.handler.contains(offset) }.max { $0.handler.lowerBound < $1.handler.lowerBound }
            .map { ($0.handler.lowerBound, $0.tryStatement) }
    }

    /// Every `except` handler of a module with the start of its `try` statement.
    static func handlers(of module: Module) -> [(handler: ByteRange, tryStatement: Int)] {
        var found: [(handler: ByteRange, tryStatement: Int)] = []
        IRWalk.statements(in: module.body) { s in
            if case .tryStmt(_, let hs, _, _) = s.kind {
                for h in hs { found.append((h.range, s.range.lowerBound)) }
            }
        }
        return found
    }

    static func handlerRanges(of module: Module) -> [ByteRange] { handlers(of: module).map(\.handler) }

    func innermostFunction(containing offset: Int) -> FunctionDef? {
        var best: FunctionDef?
        for f in module.functions where f.range.contains(offset) {
            if best == nil || f.range.count < best!.range.count { best = f }
        }
        return best
    }

    // MARK: - Measurement windows

    struct GrowthRun {
        var first: Measurement
        var second: Measurement
        /// Calls between the two measurements.
        var calls: Int
        /// The size bound run past, if any.
        var bound: Int?
        var unknown: Assumption?
        /// A size bound too large to matter (`len(seen) < 10_000_000`): growth up to it is growth.
        var largeBound: Int?
        /// Growth stopped: the largest size over the last window did not pass the one before.
        var settledAfter: Int?
    }

    /// Runs `step` (one scenario call, exceptions swallowed) once to warm up, then to K calls and
    /// measures, then to 2K and measures again. Growth guarded by a size bound is run past the bound.
    ///
    /// With `size` (the size of what the candidate holds, measured cheaply after every call), growth
    /// must also persist: over the next N calls the largest size seen must exceed the largest over
    /// the N calls before. A container that fills a bounded key space (`key % 10`) or is reset every
    /// so many calls stops there; growth seen only on the way up to such a bound is not a leak.
    /// Size bounds at least this large are no bound: growth up to them is reported as growth.
    static let largeSizeBound = 100_000

    func runGrowth(_ interp: Interpreter, gc: Bool, measure measureNow: () -> Measurement, size: (() -> Int)? = nil,
                   text: (() -> Int)? = nil, step: () throws -> Void) throws -> GrowthRun {
        let k = imported.callsOverride ?? options.calls
        var calls = 0
        var coroutinesKept = interp.coroutines.count
        func measure() -> Measurement {
            var m = measureNow()
            m.calls = calls
            return m
        }
        func runOne() throws {
            interp.callCounter += 1
            calls += 1
            do { try step() } catch Signal.raise {}
            try interp.runScheduled()
            // Suspended generators the step started and dropped are closed now, as reference
            // counting closes them when their last reference goes (their `finally` blocks run;
            // their threads end). Only when the step started some: a collection walks the heap.
            if interp.coroutines.count > coroutinesKept {
                try interp.collect(gc: gc)
                coroutinesKept = interp.coroutines.count
            }
        }
        func run(_ n: Int) throws {
            for _ in 0..<n { try runOne() }
            try interp.collect(gc: gc)
        }
        try run(1)
        try run(k - 1)
        var m1 = measure()
        var point = calls
        let stepsBeforeSecond = interp.steps
        try run(point)
        var m2 = measure()
        // (What a call of the second window cost, in steps: a check that growth persists that
        // runs out of steps at no higher cost a call was cut short by the number of calls, not
        // by the growth.)
        let secondWindowCost = Double(interp.steps - stepsBeforeSecond) / Double(max(point, 1))
        var bound: Int?
        // Growth of a container with no bound of its own, while the run compared another one's
        // size with a constant: the two may be trimmed together (a key list and its value list cut
        // when the keys reach 127). Run past that bound too, when it fits; growth that goes on
        // past it is still growth.
        let coTrimmed = grew(m1, m2) && sizeBound(interp, m1, m2) == nil
            ? interp.sizeBounds.values.filter { ($0 + 2) * 2 <= options.bounds.maxScenarioCalls }.max() : nil
        if grew(m1, m2), let b = sizeBound(interp, m1, m2) ?? coTrimmed {
            let needed = b + 2
            if needed * 2 > options.bounds.maxScenarioCalls {
                // (A cap of a hundred thousand items or more bounds nothing a program notices:
                // what it keeps until then is kept, as a leak keeps it.)
                if b >= Self.largeSizeBound {
                    return GrowthRun(first: m1, second: m2, calls: point, bound: nil, unknown: nil, largeBound: b)
                }
                return GrowthRun(first: m1, second: m2, calls: point, bound: b, unknown: .boundTooLargeToPass(b))
            }
            try run(max(0, needed - calls))
            m1 = measure()
            point = calls
            try run(point)
            m2 = measure()
            bound = b
        }
        if grew(m1, m2), let size {
            // (Past a size bound the windows span at least one fill: a memo emptied when it holds
            // 100 entries peaks at 100 in every window of 102 calls, wherever the windows start.)
            let n = max(options.bounds.persistenceCalls, bound.map { $0 + 2 } ?? 0)
            var peakBefore = 0
            var peakAfter = 0
            // (Text held, separately: it persists only by a character a call or more, not by
            // the odd digit a counter gains in values that are replaced.)
            let textGrowth = textGrew(m1, m2) && text != nil
            var textBefore = 0
            var textAfter = 0
            let stepsBeforeCheck = interp.steps
            var sizes: [Int] = []
            do {
                // (Reference counting frees what a call dropped as it returns, and runs `__del__`
                // methods and weakref callbacks then: their effects belong to that call, so the
                // size is taken after they ran.)
                let finalizers = !interp.finalizerClasses.isEmpty || interp.runtimeCallbacks
                func stepAndCollect() throws {
                    try runOne()
                    if finalizers { try interp.collect(gc: gc) }
                }
                for _ in 0..<n { try stepAndCollect(); let z = size(); sizes.append(z); peakBefore = max(peakBefore, z); if textGrowth { textBefore = max(textBefore, text!()) } }
                for _ in 0..<n { try stepAndCollect(); let z = size(); sizes.append(z); peakAfter = max(peakAfter, z); if textGrowth { textAfter = max(textAfter, text!()) } }
            } catch Signal.abort(let stop) {
                // A bound hit while the candidate kept growing (e.g. iterating it past the loop
                // bound, each call costlier than the last) is more growth, not a reason to doubt it.
                // The step bound hit by calls no costlier than before is not: the check ran out of
                // calls. Then the calls it did run decide, halved: the second half all above the
                // first half's peak is growth that persists as far as the run could see; sizes
                // that overlap (a table that was filling at first and now only has its values
                // replaced, the size going up and down by a few), or too few calls, are unknown.
                let cost = Double(interp.steps - stepsBeforeCheck) / Double(sizes.count + 1)
                if Interpreter.tracing { interp.trace("persistence check stopped after \(sizes.count) of \(2 * n) calls at \(Int(cost)) steps a call (\(Int(secondWindowCost)) before), sizes \(sizes)") }
                if case .limit(.stepBound(_)) = stop, cost < secondWindowCost * 1.5, !textGrowth {
                    let half = sizes.count / 2
                    let grewInCheck = half >= 2 && (sizes[half...].min() ?? 0) > (sizes[..<half].max() ?? 0)
                    if !grewInCheck {
                        return GrowthRun(first: m1, second: m2, calls: point, bound: bound, unknown: .persistenceUnchecked(calls: calls))
                    }
                }
                peakAfter = Int.max
            }
            if peakAfter <= peakBefore && !(textGrowth && textAfter - textBefore >= n) {
                try interp.collect(gc: gc)
                let settled = measure()
                return GrowthRun(first: settled, second: settled, calls: point, bound: nil, unknown: nil, settledAfter: calls)
            }
            if peakAfter != Int.max {
                // Growth persisted: the longer window gives the better rate (growth on some calls only).
                try interp.collect(gc: gc)
                let later = measure()
                if grew(m2, later) {
                    return GrowthRun(first: m2, second: later, calls: 2 * n, bound: bound, unknown: nil)
                }
            }
        }
        return GrowthRun(first: m1, second: m2, calls: point, bound: bound, unknown: nil)
    }

    func grew(_ a: Measurement, _ b: Measurement) -> Bool {
        b.slots > a.slots || !b.objects.subtracting(a.objects).isEmpty && b.objects.count > a.objects.count
            || textGrew(a, b)
    }

    /// The strings held got longer by at least a character per call in between (a buffer kept
    /// and extended every call), not by the odd digit of a counter in a replaced value.
    func textGrew(_ a: Measurement, _ b: Measurement) -> Bool {
        b.text - a.text >= max(4, b.calls - a.calls)
    }

    /// The bound past which the growth seen stops: every existing container that gained slots must
    /// have one (a size check seen, a deque's maxlen, a cache's maxsize); nil when one has none.
    func sizeBound(_ interp: Interpreter, _ a: Measurement, _ b: Measurement) -> Int? {
        var needed = 0
        var any = false
        for (id, n) in b.slotsByContainer where a.objects.contains(id) && n > (a.slotsByContainer[id] ?? 0) {
            var bound = interp.sizeBounds[id]
            switch interp.heap[id].payload {
            case .deque(_, let maxlen?): bound = min(bound ?? maxlen, maxlen)
            case .cacheWrapper(_, let maxsize?, _, _): bound = min(bound ?? maxsize, maxsize)
            default: break
            }
            guard let bound else { return nil }
            needed = max(needed, bound)
            any = true
        }
        return any ? needed : nil
    }

    func growthDescription(_ interp: Interpreter, _ a: Measurement, _ b: Measurement, calls: Int) -> Growth {
        let new = b.objects.subtracting(a.objects)
        var kinds: [String: Int] = [:]
        for id in new { kinds[interp.displayType(id), default: 0] += 1 }
        var containers = Set<String>()
        for (id, n) in b.slotsByContainer where n > (a.slotsByContainer[id] ?? 0) { containers.insert(interp.displayType(id)) }
        let perCall = max(1, Int((Double(max(new.count, b.slots - a.slots)) / Double(max(calls, 1))).rounded()))
        // Items: slots gained by containers that already existed at the first measurement (the default
        // and what it held), not the contents of the new objects themselves.
        var gained = 0
        for (id, n) in b.slotsByContainer where a.objects.contains(id) { gained += max(0, n - (a.slotsByContainer[id] ?? 0)) }
        let rate = Double(gained) / Double(max(calls, 1))
        let items = Int(rate.rounded(.up))
        var bytes = 0
        for id in new { bytes += ObjectSizes.estimate(interp, id) }
        bytes += (b.slots - a.slots - new.reduce(0) { $0 + interp.heap.slotCount($1) }) * ObjectSizes.slot
        let characters = max(0, b.text - a.text) / max(calls, 1)
        bytes += max(0, b.text - a.text)
        var g = Growth(objects: perCall, containers: containers.sorted(),
                       kinds: kinds.mapValues { max(1, Int((Double($0) / Double(max(calls, 1))).rounded())) }, items: items,
                       itemRate: rate, bytes: max(0, Int((Double(bytes) / Double(max(calls, 1))).rounded())))
        if textGrew(a, b), characters > 0 { g.characters = characters }
        return g
    }

    func pickRetained(_ interp: Interpreter, _ a: Measurement, _ b: Measurement, _ candidates: [ObjID]) -> ObjID {
        let new = b.objects.subtracting(a.objects)
        if let first = new.min() { return first }
        // Only slots grew (shared objects appended again): point at the container that grew.
        if let grown = b.slotsByContainer.filter({ $0.value > (a.slotsByContainer[$0.key] ?? 0) }).keys.min() { return grown }
        return candidates.first ?? 0
    }
}

/// CPython's object sizes on a 64-bit build (`sys.getsizeof`, 3.11), for the bytes estimate of growth.
enum ObjectSizes {
    /// One pointer slot of a list, tuple or deque (a dict entry or set member costs more; see `estimate`).
    static let slot = 8

    static func estimate(_ interp: Interpreter, _ id: ObjID) -> Int {
        let o = interp.heap.objects[id]
        let n = interp.heap.slotCount(id)
        switch o.payload {
        case .atom:
            switch o.typeName {
            case "str": return 49 + (o.constant?.utf8.count ?? 8)
            case "bytes": return 33 + (o.constant?.utf8.count ?? 8)
            case "int", "bool": return 28
            case "float": return 24
            default: return 16
            }
        case .list: return 56 + 8 * n
        case .tuple: return 40 + 8 * n
        case .dict, .weakContainer: return n <= 5 ? 184 : 64 + 42 * n
        case .set: return 216 + 16 * n
        case .deque: return 624
        case .instance: return 48 + 104
        case .function: return 152
        case .boundMethod: return 48
        case .cell: return 40
        case .frame: return 432
        case .exception: return 72
        case .traceback: return 64
        case .classObject: return 1072
        case .generator: return 208
        default: return 56
        }
    }
}

extension Interpreter {
    /// Every object reachable from the roots, with their container slots.
    func measureAll() -> Measurement {
        measurement(of: heap.reachable(from: rootIDs()))
    }

    /// Every object not freed yet, reachable or not (cyclic garbage waiting for the collector
    /// included), with their container slots.
    func measureLive() -> Measurement {
        measurement(of: heap.objects.map { !$0.freed })
    }

    /// Objects reachable from the roots *through* the candidate objects (the candidates included),
    /// and the live objects that hold a candidate (a module list of `(span, self)` pairs grows
    /// with references to it). Not through a module: an instance reaches its class's methods and
    /// their `__globals__`, and what the module holds (another function's default growing) is
    /// not held by the candidate.
    func measure(under candidates: [ObjID]) -> Measurement {
        let reach = heap.reachable(from: rootIDs())
        let live = candidates.filter { reach[$0] }
        // (Not through the defaults of functions it holds: a registry of classes does not grow
        // when a method of one of them grows its own default, a finding of that default.)
        var under = heap.reachable(from: live, skipModules: true, withoutAnyDefaults: true)
        let holders = heap.reaching(live, skipModules: true, direct: true)
        for id in 0..<under.count {
            under[id] = (under[id] || (holders[id] && reach[id])) && !heap.objects[id].isModule
        }
        return measurement(of: under)
    }

    /// Objects plus container slots reachable from the candidates: what they hold right now.
    /// (Everything a live object references is alive, so no collection is needed first.)
    func subgraphSize(_ candidates: [ObjID]) -> Int {
        var size = 0
        walkSubgraph(candidates) { size += 1 + heap.slotCount($0) }
        return size
    }

    /// Characters of the strings reachable from the candidates (known text or least lengths).
    func subgraphText(_ candidates: [ObjID]) -> Int {
        var text = 0
        walkSubgraph(candidates) { if heap.objects[$0].typeName == "str" { text += textLength($0) } }
        return text
    }

    /// Visits each live object reachable from the candidates once (charged to the budget).
    private func walkSubgraph(_ candidates: [ObjID], _ visit: (ObjID) -> Void) {
        var seen = Set<ObjID>()
        var stack = candidates.filter { !heap.objects[$0].freed }
        while let id = stack.popLast() {
            guard seen.insert(id).inserted else { continue }
            visit(id)
            heap.forEachEdge(id, ordered: false) { _, target in if !seen.contains(target) { stack.append(target) } }
        }
        budget?.remaining -= seen.count
    }

    func measurement(of included: [Bool]) -> Measurement {
        var objects = Set<ObjID>()
        var slots = 0
        var byContainer: [ObjID: Int] = [:]
        var text = 0
        for id in 0..<heap.objects.count where included[id] {
            objects.insert(id)
            let n = heap.slotCount(id)
            slots += n
            if n > 0 { byContainer[id] = n }
            if heap.objects[id].typeName == "str" { text += textLength(id) }
        }
        return Measurement(objects: objects, slots: slots, slotsByContainer: byContainer, text: text)
    }
}

/// How a scenario kind runs the cyclic collector between steps.
public enum CollectorMode: Sendable, Equatable {
    /// Reference counting only (what frees objects the moment they are dropped).
    case refcountingOnly
    /// Reference counting and the cyclic collector.
    case withCollector
    /// Both ways, to tell what only the collector frees.
    case both
}

/// The objects one scenario run made with its steps (instances, caught exceptions, …).
final class StepResults {
    var ids: [ObjID] = []
}

extension ModuleSimulation {
    /// Runs the plan `make(gc)` once per collector setting of `mode` and combines: growth that
    /// survives the collector is retained (`grows`, or `neverFreed` when it sits in `gc.garbage`);
    /// growth that only reference counting leaves is `freedOnlyByCollector`, still `confirmed`
    /// (memory held until a collection; uncollectable before 3.4 with finalizers); none either
    /// way ⇒ `refuted` when both runs earned it. Each plan's description records its collector setting.
    func drive(_ make: (_ gc: Bool) -> ScenarioPlan, collector mode: CollectorMode) -> SimulationOutcome {
        func plan(_ gc: Bool) -> ScenarioPlan {
            var p = make(gc)
            p.description.collector = gc
            return p
        }
        guard budget.remaining > 0 else { return notSimulated(plan(mode != .refcountingOnly).description) }
        func retained(_ o: SimulationOutcome) -> SimulationOutcome {
            var o = o
            if case .root("gc.garbage")? = o.evidence.retentionPath.first?.link { o.evidence.growth?.retention = .neverFreed }
            return o
        }
        switch mode {
        case .refcountingOnly:
            var o = drive(plan(false))
            o.survivorsWithoutCollector = o.evidence.growth?.objects ?? 0
            return retained(o)
        case .withCollector:
            var o = drive(plan(true))
            o.survivorsWithCollector = o.evidence.growth?.objects ?? 0
            return retained(o)
        case .both:
            let rc = drive(plan(false))
            let gc = drive(plan(true))
            var out: SimulationOutcome
            if gc.evidence.growth != nil {
                out = retained(gc)
            } else if rc.evidence.growth != nil {
                if gc.verdict == .refuted {
                    out = rc
                    out.evidence.growth?.retention = .freedOnlyByCollector
                } else {
                    out = gc
                }
            } else {
                out = rc.verdict == .unknown ? rc : gc
            }
            out.survivorsWithoutCollector = rc.evidence.growth?.objects ?? 0
            out.survivorsWithCollector = gc.evidence.growth?.objects ?? 0
            if out.cycle.isEmpty { out.cycle = rc.cycle }
            return out
        }
    }

    /// The objects one step leaves alive, in the live heap (reachable or not).
    func liveMeasure(_ interp: Interpreter) -> () -> Measurement {
        { interp.measureLive() }
    }

    /// The first new object of type `typeName` between two measurements (what a path should lead to).
    func newObject(_ interp: Interpreter, ofType typeName: String) -> (Measurement, Measurement) -> ObjID? {
        { a, b in b.objects.subtracting(a.objects).filter { interp.heap[$0].typeName == typeName }.min() }
    }
}

// MARK: - What the scenario kinds share

extension ModuleSimulation {
    /// The module-level function `name` (neither nested in a function nor a method).
    func moduleFunction(_ name: String) -> FunctionDef? {
        module.functions.first { $0.name == name && $0.enclosingFunction == nil && $0.enclosingClass == nil }
    }

    /// The module-level class `name` (not one defined inside a function).
    func moduleClass(_ name: String) -> ClassDef? {
        module.classes.first { $0.name == name && $0.enclosingFunction == nil }
    }

    /// The outcome of a scenario whose entry `name` (a function, class or method) the module does not define.
    func noEntry(_ name: String, _ description: ScenarioDescription) -> SimulationOutcome {
        SimulationOutcome(verdict: .unknown, evidence: ScenarioEvidence(scenario: description, assumptions: [.noEntry(name)]),
                          reason: .assumption(.noEntry(name)))
    }

    /// The kinds whose step makes an instance of the module-level class `cls` as an outside caller
    /// would (fresh arguments for `initializer`), lets `then` do more with it, and drops it
    /// (instance lifecycle; registration, whose owner registers). What stays alive is measured over
    /// the live heap; the instances are what may escape into unseen code, and a retention path leads
    /// to a new instance. `storing` is the method through which `self` can be stored somewhere or
    /// handed on (refutation needs those statements reached), and the target the scenario must call.
    func driveInstances(of cls: ClassDef, _ description: ScenarioDescription, initializer: FunctionDef?,
                        storing: FunctionDef?, traceName: String, collector: CollectorMode,
                        then: ((_ interp: Interpreter, _ instance: ObjID, _ frame: Frame) throws -> Void)? = nil) -> SimulationOutcome {
        drive({ gc in
            let results = StepResults()
            return ScenarioPlan(
                description: description, gc: gc,
                storeSites: storing.map { StoreSites(module: module, function: $0, parameter: "self", facts: storeSiteFacts).offsets } ?? [],
                targetFunction: storing?.id, traceName: traceName, persistenceWindow: false,
                prepare: { interp in
                    var run = PreparedRun()
                    guard let clsObj = interp.classObjects[cls.id] else {
                        run.missing = .callerNeverCreated(cls.qualifiedName)
                        return run
                    }
                    let frame = interp.moduleFrame()
                    run.entries = [{ i in
                        let instance = try i.instantiate(clsObj, cls, initializer: initializer, frame: frame)
                        results.ids.append(instance)
                        try then?(i, instance, frame)
                        return instance
                    }]
                    run.measure = liveMeasure(interp)
                    run.escapeCandidates = { results.ids }
                    run.retained = newObject(interp, ofType: cls.name)
                    return run
                })
        }, collector: collector)
    }
}
