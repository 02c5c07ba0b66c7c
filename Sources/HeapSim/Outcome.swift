/// Structured outcomes of the scenario driver: HeapSim says what happened in values; the rules
/// (`Sources/Rules`) put it into words.

/// The scenario kinds, shared by all rules (DESIGN.md, "Scenario kinds").
public enum ScenarioKindName: String, Sendable, CaseIterable {
    /// Call a function K then 2K times with fresh arguments (HL101's default argument).
    case repeatedCall
    /// Create an instance of a class and drop it, K then 2K times.
    case instanceLifecycle
    /// Register into a long-lived registry K then 2K times, dropping the owner each time.
    case registration
    /// Raise and catch K then 2K times, keeping the caught exception or not.
    case raiseAndCatch
    /// Enter and leave a resource's scope K then 2K times.
    case resourceScope

    /// The step the growth of this kind is counted per.
    public var unit: GrowthUnit {
        switch self {
        case .repeatedCall: return .call
        case .instanceLifecycle: return .instance
        case .registration: return .registration
        case .raiseAndCatch: return .raise
        case .resourceScope: return .scope
        }
    }
}

/// What the scenario ran, as values: the rule renders the sentence.
public struct ScenarioDescription: Sendable, Equatable {
    /// How the scenario reached the code under test.
    public enum Drive: Sendable, Equatable {
        /// Not run: the file's budget was spent before this candidate.
        case notSimulated
        /// Called the target itself, as an outside caller would.
        case direct
        /// Only module-level code calls the target, once at import: no call repeats.
        case importOnly
        /// Ran the target's visible callers (their names; `<lambda>` for a lambda); with
        /// `targetRunsAtImport`, the target runs at import and these are the module's entry points.
        case callers([String], targetRunsAtImport: Bool)
        /// Not run, not needed: the default holds only constants and its function only reads it
        /// (itself, or through project functions that only read it), so nothing can ever grow it.
        case onlyRead
    }

    /// How the measurement windows were placed.
    public enum Window: Sendable, Equatable {
        /// K then 2K steps.
        case standard
        /// Growth persisted past the first windows: measured again over `extraSteps` more.
        case rate(extraSteps: Int)
        /// Growth stopped within `after` steps (a bounded key set, a periodic reset).
        case settled(after: Int)
        /// A size bound was seen: run past it, measuring after `first` and `2 × first` steps.
        case pastBound(first: Int, bound: Int)
        /// A size bound was seen, too large to run past or to matter (a hundred thousand items
        /// or more): growth up to it is growth.
        case belowLargeBound(Int)
    }

    public var kind: ScenarioKindName
    /// The function (or class) under test.
    public var target: String
    public var targetIsLambda: Bool
    /// The parameter whose default stays in play (repeated call).
    public var parameter: String?
    public var drive: Drive
    /// K: steps before the first measurement.
    public var steps: Int
    public var window: Window = .standard
    /// The cyclic collector ran between steps (nil: the kind decides; repeated call runs refcounting only).
    public var collector: Bool?
    /// Refuted having reached all of these statements that can store into or hand on the candidate.
    public var reachedAllSites: Int?
    /// Of those, the ones not reached because the control flow around them, decided from known
    /// values, skipped them (dead for these callers).
    public var skippedDeadSites = 0
    /// Of those, the ones that only reach objects the default holds, while it held none.
    public var skippedItemSites = 0
    /// The visible callers never reached the target, so it was run directly.
    public var callersNeverReachedTarget = false
    /// Unseen code reached the default only through the target function itself (an instance
    /// handed to a library → its class → the method → its defaults), so the target was also run
    /// as outside code would call it, with fresh arguments: neither run grew it.
    public var alsoCalledDirectly = false
    /// With `.importOnly`: the other modules whose import-time code calls the target (empty: this one's).
    public var calledAtImportBy: [String] = []
    /// With `drive == .onlyRead`: instance attributes the function keeps the object in
    /// (`self._opts = opts`), which the project's code only reads.
    public var keptInAttributes: [String] = []
    /// With `drive == .onlyRead`: the default is an instance of this project class, whose methods
    /// never bind, change or hand on an attribute of the instance (nil: a container of constants).
    public var statelessClass: String?

    public init(kind: ScenarioKindName, target: String, targetIsLambda: Bool = false, parameter: String? = nil,
                drive: Drive = .direct, steps: Int, collector: Bool? = nil) {
        self.kind = kind
        self.target = target
        self.targetIsLambda = targetIsLambda
        self.parameter = parameter
        self.drive = drive
        self.steps = steps
        self.collector = collector
    }
}

/// Something the verdict rests on that the simulation could not check.
public indirect enum Assumption: Sendable, Hashable {
    /// The candidate flowed into code heaplint cannot see (`what` names it, e.g. `` `json.dump()` ``).
    case escaped(into: String)
    /// A construct the model does not interpret.
    case notModelled(String)
    /// The run stopped early: a limit of the whole file, or a local bound.
    case stopped(Stop)
    /// An error other than a stop (the interpreter's description).
    case failure(String)
    /// A caller the scenario needs is never created when the module is imported (its qualified name).
    case callerNeverCreated(String)
    /// A caller in another module the scenario cannot run itself (a nested function, a lambda).
    case callerNotRun(String)
    /// Callers in the project are tests of this class (run as the test runner runs them), which
    /// pass their own fixed data: growth there is growth, but no growth there shows nothing of
    /// what callers passing new values do.
    case callersAreTests(String)
    /// One caller could not be run in full; the scenario went on with the others.
    case callerIncomplete(Stop)
    /// Growth was seen under some ways through undecidable conditions and not under others.
    case growsOnlyOnSomePaths
    /// `unreached` of `total` statements that can store into or hand on the candidate were not reached.
    case notReached(unreached: Int, total: Int)
    /// A generator of the target is left suspended and may be resumed by unseen code.
    case suspendedGenerator
    /// Growth is bounded at this many items, too many to run past.
    case boundTooLargeToPass(Int)
    /// Growth over the first calls, but the check that it goes on (and is not a table still
    /// filling from a bounded set of keys) reached the step bound after this many calls, each no
    /// costlier than the ones before.
    case persistenceUnchecked(calls: Int)
    /// The module has no function of this name to run.
    case noEntry(String)
    /// The candidate was handed to a function of another module (`module`), and a statement there
    /// that can store into it (at `offset` in that module's source) was never reached.
    case foreignStoreNotReached(module: String, offset: Int)
    /// The candidate is kept under `attribute` (`self.options = options`), and a statement of
    /// another module that stores through an attribute of that name (at `offset`) was never reached.
    case foreignAttributeStoreNotReached(module: String, offset: Int, attribute: String)
    /// Another module's state keeps the candidate; that module's other code may store into it.
    case heldByModule(String)
    /// Growth came only from calls as outside code would make them, not from the project's callers.
    case growsOnlyForOutsideCallers
    /// `__init_subclass__` run on its own class (no subclass statement or `type(...)` call in the
    /// project makes one): subclasses made elsewhere bring other namespaces and keywords.
    case subclassHookRunOnItsClass
    /// A generator function run as outside code would: drained, nothing is kept, but a caller that
    /// takes only its first items and drops it (its code after the loop never runs) grows it.
    case growsWhenIterationStopsEarly
    /// Growth came only through this function of an application's imported module, which nothing
    /// in the project calls (dead code, or code a framework or plugin loader finds by name).
    case growsOnlyThroughUncalled(String)
    /// Growth came only from calling this function as outside code would, but the application uses
    /// it as a value (a table, an attribute, a callback) or the interpreter calls it (a special
    /// method), and the application's own code, run from its entry points, did not grow it.
    case growsOnlyCalledAsOutsideCodeWould(String)
    /// Growth came only from calling this function with new arguments, but the application
    /// installs it in this hook slot of the interpreter (`warnings.showwarning`), whose calls pass
    /// values from a fixed set (or run once), and its own code did not grow it.
    case calledByRuntimeHook(String, String)
    /// No growth with the other optional parameters left to their defaults; callers that pass them
    /// (these) may grow it, or the model could not tell.
    case dependsOnOtherArguments([String])
    /// A caller (or the function, run directly) ended every call in this exception (raised at
    /// `offset` of the module `unit` names, nil when unknown) after conditions or values the model
    /// could not decide, under every way through them: the runs never showed a call that completes.
    case callerNeverFinished(exception: String, module: String?, offset: Int?)
    /// The keys it kept repeated only because the policy went one way through tests the model
    /// could not decide: one key was built from this many such choices, and real calls may make
    /// a new key each time.
    case keysChosen(Int)
    /// Stored into and emptied again in one call, but the statement that takes its items out (at
    /// `offset` of `module`, nil for the analysed module) runs after code that may raise for real
    /// callers (an unknown call, `int()` of unknown text) and outside a `finally`: a call that
    /// raises there keeps what it added.
    case removalSkippedByException(module: String?, offset: Int)
    /// Stored into and emptied again in one run of a generator, but the removal came after tests
    /// the model could not decide: another way through them yields first, and a consumer that
    /// stops taking items there never resumes the generator to the removal.
    case removalSkippedByStoppedGenerator(module: String?, offset: Int)
    /// A call left it grown after tests the model could not decide, and a later call emptied it
    /// again (at `offset` of `module`) after such tests of its own: real data may always go the
    /// way that keeps what it added.
    case removalSkippedByUndecidedTest(module: String?, offset: Int)

    /// The limit of the whole file behind this assumption, if it is one.
    public var limit: SimulationLimit? {
        if case .stopped(let s) = self { return s.limit }
        return nil
    }
}

/// Why a verdict is `unknown`, as a value.
public indirect enum UnknownReason: Sendable, Hashable {
    /// The same as an assumption the evidence lists.
    case assumption(Assumption)
    /// The candidate flowed into this unseen code.
    case flowsInto(String)
    /// The code uses a construct heaplint does not model.
    case usesUnmodelled(String)
    /// The candidate flowed into unseen code (unnamed).
    case flowedIntoUnseenCode
    case growsOnlyOnSomePaths
    /// A statement that can store into the candidate was never reached (`SimulationOutcome.unreached` says which).
    case storeNotReached
    case suspendedGenerator
    case noScenarioRan
    /// A statement of this other module that can store into the candidate was never reached.
    case foreignStoreNotReached(module: String)
    /// This other module keeps the candidate, and its code may store into it.
    case heldByModule(String)
    /// It grows only when called as code outside the project would (a package offers it), with
    /// arguments the project's own callers do not pass; through them it does not grow.
    case growsOnlyForOutsideCallers
    /// It grows only through this function, which nothing in the application calls.
    case growsOnlyThroughUncalled(String)
    /// It grows, or may, when a caller passes these other optional parameters.
    case dependsOnOtherArguments([String])
}

/// Structured evidence: the scenario, the growth, the retention path and the assumptions.
public struct ScenarioEvidence: Sendable, Equatable {
    public var scenario: ScenarioDescription
    public var growth: Growth?
    public var retentionPath: [RetentionStep]
    public var assumptions: [Assumption]
    /// The retained subgraph as Graphviz DOT: outcomes that grew (confirmed, or unknown for an
    /// escape or growth on some paths only), when `SimulationOptions.renderGraphs` asks for it.
    public var graph: String?

    public init(scenario: ScenarioDescription, growth: Growth? = nil, retentionPath: [RetentionStep] = [],
                assumptions: [Assumption] = [], graph: String? = nil) {
        self.scenario = scenario
        self.growth = growth
        self.retentionPath = retentionPath
        self.assumptions = assumptions
        self.graph = graph
    }
}

/// An object on a retention path, named structurally.
public struct ObjectRef: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case module, function, classObject, instance, container, frame, exception, traceback, other
    }
    /// The simulated heap's id of the object (stable within one outcome).
    public var id: Int
    /// Its type name as Python shows it (`list`, `Widget`, `frame`, …).
    public var typeName: String
    public var kind: Kind
    /// Where it was made, with its module.
    public var site: SourceRef?

    public init(id: Int, typeName: String, kind: Kind, site: SourceRef? = nil) {
        self.id = id
        self.typeName = typeName
        self.kind = kind
        self.site = site
    }
}

/// How a retention step reaches its object from the previous one.
public enum RetentionLink: Sendable, Hashable {
    /// The path starts at this root (`module app.cache`, `gc.garbage`, `builtins`, …).
    case root(String)
    /// A named member of a module or class (`remember`, `Widget`, `cache`).
    case member(String)
    /// An item of a list, tuple, set, deque or registry.
    case item
    /// A key of a dict.
    case key
    /// Any other labelled reference (`__defaults__[1]`, `__self__`, `tb_frame`, `value 'k'`, …).
    case edge(String)
}

/// One step of a retention path: the link and the object it reaches.
public struct RetentionStep: Sendable, Hashable {
    public var link: RetentionLink
    public var object: ObjectRef
    public init(link: RetentionLink, object: ObjectRef) {
        self.link = link
        self.object = object
    }
}

/// A statement that could store into the candidate and that the scenario did not reach.
public enum UnreachedStore: Sendable, Equatable {
    /// It sits in a function nothing the scenario ran calls (outside code may).
    case functionNeverRan(site: Int, function: String)
    /// It was skipped after the model raised an exception for want of knowledge.
    case skippedAfterUncertainRaise(site: Int, exception: String, raisedAt: Int)
    /// No way the model tried through conditions it could not evaluate reached it.
    case skippedOnUndecidedPath(site: Int)
    /// It sits in an `except` handler the scenario never entered: the model does not know whether
    /// the code of the `try` raises for real callers (unknown code, a builtin given unknown values).
    case skippedHandler(site: Int, tryStatement: Int)
    /// It ran, but as a bulk store (`update`, `extend`) handed nothing to store every time: what
    /// real calls hand it is not known.
    case storedNothing(site: Int)
}

/// What a scenario showed.
public struct SimulationOutcome: Sendable {
    public var verdict: Verdict
    public var evidence: ScenarioEvidence
    /// Type name of the candidate object (`list`, `dict`, …), when the candidate is one object.
    public var candidateType: String?
    /// Why the verdict is `unknown`, when it is.
    public var reason: UnknownReason?
    /// Statements that could store into or hand on the candidate (start offsets), and those of them
    /// the scenario never reached: a refutation needs every one reached.
    public var storeSites: [Int] = []
    /// Tests the model could not decide on the way the growth went (the first few): where it
    /// grows only on some ways through them, these are what would decide it.
    public var undecidedTests: [UndecidedTest] = []
    public var unreachedSites: [Int] = []
    /// Store sites left out of `unreachedSites`: they only reach what the candidate holds, and the
    /// candidate, an empty container, held nothing after any call.
    public var itemSitesDead = 0
    /// The exception that ended the scenario's calls, when one did (type name, where it was raised).
    public var endedBy: (type: String, origin: Int?)?
    /// Why a refutation was not earned, when a store statement was not reached.
    public var unreached: UnreachedStore?
    /// Refuted, but the candidate held more after the scenario than before it: calls store into it
    /// and it stops at a bound (a size check, a reset, a bounded set of keys, one item ever).
    public var storedButBounded = false
    /// Emptied again only by a statement that runs after code that may raise on bad data: a
    /// refutation that must not stand (`removalSkippedByException`).
    public var removalAfterMayRaise: Assumption?
    /// Objects that survived reference counting alone, and the cyclic collector too, after the
    /// last step (kinds that run both ways; nil when not measured).
    public var survivorsWithoutCollector: Int?
    public var survivorsWithCollector: Int?
    /// A reference cycle holding a survivor of reference counting, from the survivor back to itself.
    public var cycle: [RetentionStep] = []
    /// The scenario ran the function's visible callers (not the function itself), and whether
    /// they ever called it.
    var viaCallers = false
    var targetCalled = false
    /// Provided modules (absolute names) whose code the scenario executed: the verdict depends on
    /// their content (the engine keys its cache on them).
    public var modulesRead: Set<String> = []

    public init(verdict: Verdict, evidence: ScenarioEvidence, candidateType: String? = nil, reason: UnknownReason? = nil) {
        self.verdict = verdict
        self.evidence = evidence
        self.candidateType = candidateType
        self.reason = reason
    }

    /// Limits of the whole file behind this outcome.
    public var limits: [SimulationLimit] { evidence.assumptions.compactMap(\.limit) }
}

/// A test (`if`, `while`) the model could not evaluate: at `offset` of the simulated module, or
/// of `module` when another module's code ran it.
public struct UndecidedTest: Sendable, Hashable {
    public var module: String?
    public var offset: Int
    public init(module: String?, offset: Int) { self.module = module; self.offset = offset }
}
