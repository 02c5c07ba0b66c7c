import PythonModel

/// Everything an interpreter accumulates while it imports a module and runs scenarios, as values:
/// `Interpreter.clone()` copies it whole (the heap, arrays and dictionaries copy lazily), so a new
/// field is cloned without being listed anywhere. (Frames, which are references, stay outside.)
/// A callback scheduled on a loop or executor: called later with these arguments.
struct ScheduledCall {
    var callee: ObjID
    var args: [ObjID]
    var kwargs: [(String, ObjID)]
    var site: Int
}

struct InterpreterState {
    var heap = Heap()
    var policy: BranchPolicy = .takeTrue
    /// Number of scenario calls made so far (feeds the alternate branch policy).
    var callCounter = 0
    var steps = 0
    var undecidedBranches = 0
    /// Those of them that were choices outside callers can make either way (which subclass of
    /// the class an instance an outside caller holds has): growth on a way through such choices
    /// alone is growth a caller can bring about.
    var feasibleChoices = 0
    /// Imports of optional modules the target environment lacks, decided one way or the other.
    var optionalModuleChoices = 0
    /// How many heap objects there were when code heaplint cannot see was last called: objects
    /// made since then have not been seen by it.
    var heapSizeAtLastEscape = 0
    /// Where the first of them were (`ModuleKey`s of their tests), at most three.
    var undecidedSites: [Int] = []
    /// Membership tests decided only by the scenario's assumption that a fresh argument (or a value
    /// made from one) equals nothing it did not put there: `route not in ROUTES` for a fresh
    /// `route`. Outside callers may well pass a member, so a block such a test kept control out of
    /// is not dead.
    var assumedTests = 0
    /// Choices the model made without knowledge (a policy's way through an undecided test, an
    /// unknown loop count, an exception raised for want of knowledge) since the current scenario
    /// call began: a test evaluated while this is 0 was decided from known values alone.
    var choicesInEntry = 0
    /// The first of them when it was a two-way policy choice: `ModuleKey` of its site × 2 + the
    /// way taken (1 true); -1 for any other kind of choice.
    var firstChoiceInEntry = -1
    /// Two-way choices that were the only choice of a whole scenario call (same keys).
    var loneChoiceCalls = Set<Int>()
    /// Tests evaluated in the current scenario call after at most one choice, with the number of
    /// choices made before each: choices made after it may lead to evaluations of the same test
    /// that no policy runs, so at the call's end such a test counts as decided only if at most
    /// one choice followed a clean evaluation (both ways of it are run), none a lone-choice one.
    var entryEvaluations: [(key: Int, at: Int)] = []
    /// Outside callers may pass optional parameters too: when set, fresh arguments give those an
    /// unknown value, except the candidate's own parameter (FunctionDef id, name), left to its default.
    var passOptionals: (function: Int, parameter: String)? = nil
    /// Outside callers take only the first item of a generator the target returns and drop it
    /// (`next(gen)`, a loop that breaks): what runs after its loop never does.
    var generatorsTakenInPart = false
    /// Which ways each `if`, `while` and `for` went, keyed by its test's (or iterable's) unit-keyed
    /// offset: `BranchOutcome` bits, and the single choices that preceded evaluations. Only
    /// evaluations in frames that may hold a watched object, and clean ones (`recordBranch`).
    var branchOutcomes: [Int: (bits: UInt8, after: Set<Int>)] = [:]
    /// Operations whose real counterpart may raise where the model does not (unknown code, a
    /// builtin given unknown values): counted so a `try` that ran one knows its handlers may run.
    var mayRaiseCount = 0
    /// Values made by library constructors of things json's encoder cannot encode itself
    /// (`decimal.Decimal(…)`, `datetime.datetime(…)`, `uuid.uuid4()`): it hands them to `default`.
    var jsonForeignValues = Set<ObjID>()
    /// AttributeErrors the model raised for a name missing from a builtin value, where a class of
    /// the program defines that name: the value likely stood for an instance the model did not
    /// make (a `str` subclass's object), so a call ended by one does not show what real calls do.
    var doubtfulRaises = Set<ObjID>()
    /// `except` handlers (unit-keyed start offsets) of `try` bodies that ran such an operation and
    /// did not raise in the model: real calls may enter them.
    var doubtfulHandlers = Set<Int>()
    /// The part of `mayRaiseCount` from library calls that raise on bad data (`int()` of unknown
    /// text, `json.loads`, `next()`): a failure real callers meet in normal use.
    var dataMayRaiseCount = 0
    /// `dataMayRaiseCount` when the statement running now started.
    var mayRaiseAtStatement = 0
    /// `dataMayRaiseCount` when each watched object first grew since it was last empty, and the frame
    /// that grew it.
    /// (The frame itself, kept: an identifier of a freed frame may name a later one.)
    /// (`undecided`: `undecidedBranches` then, for a removal in a generator after tests the model
    /// could not decide: another way through them may yield first, and a consumer that stops
    /// there never resumes it to the removal.)
    var growthMayRaiseMark: [ObjID: (count: Int, undecided: Int, frame: Frame?)] = [:]
    /// Watched objects that grew in this call before a test the model could not decide went the
    /// way that stays, where the other way leaves the function without taking anything out
    /// (`if len(accepted) == cap: return accepted`): real calls may leave there, keeping what was
    /// added, so a later removal does not show that nothing is kept.
    var exitSkippedAfterGrowth = Set<ObjID>()
    /// Inside a `finally` block, an `except` handler or a class's `__exit__`: code an exception
    /// does not skip.
    var exceptionSafeDepth = 0
    /// The first statement (unit-keyed) that took items out of a watched object after code that
    /// may raise for real callers ran since it last grew: a call that raises there skips it.
    var removalAfterMayRaise: Int?
    /// What may skip that removal: an exception, a consumer that stops the generator running it
    /// early, or another way through a test the model could not decide.
    var removalSkip = RemovalSkip.exception
    /// Per call of an entry: the lengths of the watched containers when it started, and the
    /// undecided tests met before it.
    var entryStartLengths: [ObjID: Int] = [:]
    var entryStartUndecided = 0
    /// A loop of this call of an entry was left after a few turns, its way out undecided.
    var loopCutInEntry = false
    /// The functions whose own code grew a watched container in this call of an entry.
    var growersInEntry: [ObjID: Set<ObjectIdentifier>] = [:]
    /// Watched containers a call of an entry left longer than it found them, after tests on data
    /// the model could not decide, with the functions that grew them: what a later call of one of
    /// those functions takes out of them again, after such tests of its own, is taken out only on
    /// the way the policy chose.
    var leftGrownUndecided: [ObjID: Set<ObjectIdentifier>] = [:]
    /// Watched containers a function returned longer than it found them, after tests on data
    /// the model could not decide in its own code (see `Interpreter.noteSizeChange`).
    var leftGrownByChoice: [ObjID: ObjectIdentifier] = [:]
    /// Inside a collection: finalizers, `__del__` and weakref callbacks run when the object dies,
    /// whatever way the code went.
    var collecting = 0
    /// Undecided tests that compared a watched container's length with a bound (`len(buf) >= N`):
    /// growth itself makes them go the way that empties it, so they are not tests on data.
    var watchedSizeTests = Set<ObjID>()
    var sizeTestDecisions = 0
    /// The module-wide work budget, when the simulation runs under one.
    var budget: SimulationBudget?
    /// What is read once of each provided module, shared by the module simulation's interpreters.
    var providedFacts: ProvidedModuleFacts?
    var moduleObject: ObjID = 0
    var none: ObjID = 0
    var trueObject: ObjID = 0
    var falseObject: ObjID = 0
    var builtins: [String: ObjID] = [:]
    var exceptionClasses: [String: ObjID] = [:]
    /// Constants are owned by code objects: one object per literal site, shared by every evaluation.
    var constants: [Int: ObjID] = [:]
    var externals: [String: ObjID] = [:]
    var registries: [String: ObjID] = [:]
    /// Objects that flowed into code the simulation cannot see: (what, objects, site).
    var escapes: [(what: String, objects: [ObjID], site: Int?)] = []
    /// Instances whose items (not attributes) went to code the model cannot see: a builtin base's
    /// method of a subclass instance. Relevant to a candidate that is, or holds, the instance.
    var storageEscapes: [(what: String, object: ObjID)] = []
    /// Unknown attribute values read from instances of classes with a base the model cannot see:
    /// the instance and the attribute's name. Calling one hands the instance to unseen code.
    var opaqueAttributeOwners: [ObjID: (owner: ObjID, name: String)] = [:]
    /// Constructs the simulation did not model, by what they were.
    var unsupported: [String] = []
    /// Containers whose size was compared with a constant (`len(c) > N`): the bound seen.
    var sizeBounds: [ObjID: Int] = [:]
    /// `len(c)` results → c, so a comparison with a constant can record a size bound.
    var lengthOf: [ObjID: ObjID] = [:]
    /// Atoms whose value the model did not compute from known inputs: not fresh, just unknown
    /// (two of them may be equal), so tests of them stay undecided.
    var unknownValues = Set<ObjID>()
    /// An unknown object bound to a parameter annotated `str` (or bytes, int, float) → the value of
    /// that type it stands for there; the same one each time, so equal objects stay equal.
    var annotatedViews: [ObjID: ObjID] = [:]
    /// Lists made by splitting a string the model does not know: one part stands for all of them,
    /// and their length is not known (`uri.split(sep)[1]` need not raise).
    var unknownLengthLists = Set<ObjID>()
    /// `type(f)` of a Python function: one object, so `type(a) is type(b)` is decided.
    var functionType: ObjID?
    /// Attributes read from a scenario's fresh arguments: fresh data, but not known not to be
    /// None (`master.master` is None at the root of a widget tree).
    var attributesOfArguments = Set<ObjID>()
    /// Ints the model picked from a known range for an unknown value (`hash(x) % 97`): good as
    /// bounded keys, but tests of their value stay undecided.
    var pseudoValues = Set<ObjID>()
    /// The scenario call the last `boundedInt` was drawn in, and how many were drawn in it.
    var pseudoSequence: (call: Int, seen: Int) = (-1, 0)
    /// Values that may equal earlier ones (`id()` of objects that were freed): keys built from
    /// them may repeat, so growth through them is not certain.
    var reusableValues = Set<ObjID>()
    /// What a parser the model does not run made of text (`urlsplit(url)`, its `.netloc`): pieces
    /// of the text, which may be the same from call to call (a few hosts), so keys made of them
    /// are not new keys for sure.
    var textPieces = Set<ObjID>()
    /// `urlsplit` / `urlparse` results of known text → their fields in order.
    var urlParts: [ObjID: [String]] = [:]
    /// Values code the model cannot see handed back, given nothing of a scenario's fresh data
    /// (and attributes and items read off them): new objects here, but real code may return an
    /// equal one each time, so as keys they may repeat.
    var unseenResults = Set<ObjID>()
    /// The object an attribute of an unknown object was read off (`lib.name` → `lib`).
    var opaqueAttributeSource: [ObjID: ObjID] = [:]
    /// The first object made by the scenario call running (objects from here on are new to it).
    var entryStartObject = 0
    /// Attributes a module object lacks in the model, by `module id.name`: one unknown object each.
    var missingModuleAttributes: [String: ObjID] = [:]
    /// Keys of a `**kwargs` dict an outside caller filled: names the caller chose, which may be new
    /// on every call or always the same few, so growth keyed by them is not certain.
    var callerKeywordNames = Set<ObjID>()
    /// Results of `x % m`: one of m values. A container keyed by them holds at most m entries.
    var moduloOf: [ObjID: Int] = [:]
    /// Known literal prefixes of strings whose whole value is not known (f-strings).
    var stringPrefix: [ObjID: String] = [:]
    /// Undecided tests that, when a policy takes them one way, pin an unknown value to a constant:
    /// `level in LEVELS` taken true means `level` is one of LEVELS' (constant) items.
    var narrowing: [ObjID: (subject: ObjID, representative: ObjID, whenTrue: Bool)] = [:]
    /// Origins of the object creations per FunctionDef id → the heap function objects made from it.
    var functionObjects: [Int: [ObjID]] = [:]
    /// Class objects made from each ClassDef id (the latest).
    var classObjects: [Int: ObjID] = [:]
    var finalizerClasses = Set<ObjID>()
    /// A weakref callback or `weakref.finalize` was registered: the runtime may call code when
    /// objects die.
    var runtimeCallbacks = false
    /// Classes `functools.total_ordering` decorated: the orderings they lack come from the one they define.
    var totalOrdered = Set<ObjID>()
    /// `signal.signal(sig, handler)`: the Python handler of each signal (by the signal's value).
    var signalHandlers: [ValueKey: ObjID] = [:]
    /// Levels and flags of the loggers the logging model made (see LoggingModel.swift).
    var loggerFacts: [ObjID: LoggerFacts] = [:]
    /// Results of pure text functions of known text (`textwrap.dedent("a")`): one per input.
    var derivedTexts: [String: ObjID] = [:]
    /// Those results, and what is read off them or returned by calling them with known
    /// arguments (`sha1(b"a").hexdigest()`): the same each time they are computed.
    var stableValues = Set<ObjID>()
    /// The stable value each stable attribute was read off (`hasher` of `hasher.update`).
    var stableOwners: [ObjID: ObjID] = [:]
    /// Classes decorated with `@dataclass`, and the `field(...)` markers in their bodies.
    var dataclasses = Set<ObjID>()
    /// Field names of the classes `namedtuple()` made (when known) and of their instances.
    var namedtupleFields: [ObjID: [String]] = [:]
    /// A namedtuple instance → the class that made it (what `type(row)` answers).
    var namedtupleClassOf: [ObjID: ObjID] = [:]
    /// `functools.partial(f, *args, **keywords)`: the names of its keywords, whose values are the
    /// last of the partial's bound arguments (in this order).
    var partialKeywords: [ObjID: [String]] = [:]
    /// `super(Cls, obj)` proxies: the class named, whose successor in `obj`'s MRO the lookup starts at.
    var superStarts: [ObjID: ObjID] = [:]
    /// `@dataclass(eq=False)` decorators, and the classes they made (identity equality).
    var identityEqualityDecorators = Set<ObjID>()
    var identityEqualityClasses = Set<ObjID>()
    /// Group spans and last group of the match objects made from known text.
    var matchDetails: [ObjID: MatchDetails] = [:]
    /// Strings of unknown value with a known least length (characters): `buffer + chunk`, an
    /// f-string or a join with literal parts. A string kept and extended every call grows by that.
    var textFloor: [ObjID: Int] = [:]
    /// Values the branch policy picked at tests the model could not decide (`c.upper() if
    /// bits >> i & 1 else c`), and what was built from them (`"".join(...)` of such parts), with
    /// how many such choices went into each: keys made of several may be new on every real call
    /// although the policy's runs repeat them.
    var choices: [ObjID: Int] = [:]
    var fieldMarkers = Set<ObjID>()
    /// attrs classes → how their fields are found: `.markersOnly` (`@attr.s`: only `x = attr.ib()`),
    /// `.annotated` (`auto_attribs=True`), `.guess` (`@define`: annotated unless some `attr.ib()`
    /// is not). Decorators made by `attr.s(...)` / `define(...)` → the same.
    var attrsClasses: [ObjID: AttrsFieldMode] = [:]
    var attrsDecorators: [ObjID: AttrsFieldMode] = [:]
    /// `attr.ib(...)` markers → what the generated `__init__` needs besides default and factory
    /// (those are the marker's `.partial` payload, as for dataclass fields).
    var attrsFieldSpecs: [ObjID: AttrsFieldSpec] = [:]
    /// `attr.Factory(f)` → whether `f` takes the instance (`takes_self=True`).
    var attrsFactories: [ObjID: Bool] = [:]
    var exceptionClassSet = Set<ObjID>()
    /// Generators the model stopped after a few items (it cannot resume them): generator → FunctionDef id.
    var suspendedGenerators: [ObjID: Int] = [:]
    /// Start offsets of the statements run so far (import included): refutations need the
    /// statements that can store into a candidate to have run.
    var reachedStatements = Set<Int>()
    /// Start offsets of the statements that ran to their end, or ended in an exception the model
    /// knows happens: a store statement left by an exception the model raised for want of
    /// knowledge (`uncertainExceptions`) was reached but did not store, as far as it can tell.
    var completedStatements = Set<Int>()
    /// Statements (module keys) that ran a bulk store (`d.update(x)`, `l.extend(x)`, `+=`) handed
    /// nothing to store, and those that ran one handed something: a store site that only ever
    /// stored nothing was reached, but what real calls hand it is not known.
    var emptyBulkStores = Set<Int>()
    var filledBulkStores = Set<Int>()
    /// The module key of the innermost statement running.
    var currentStatement = 0
    var uncertainExceptions = Set<ObjID>()
    /// FunctionDef ids of the functions called so far (a generator function counts when called).
    var calledFunctions = Set<Int>()
    /// Python function bodies and generators run so far (a count, to tell whether an expression ran code).
    var pythonRuns = 0
    /// Generator expressions the model ran to their end when made, while Python code ran in
    /// them: consuming one in part (`next()`) is not what CPython runs.
    var eagerGeneratorExpressions = Set<ObjID>()
    /// Functions decorated with `contextlib.contextmanager`, and the generators calls of them made:
    /// `with` drives those as `_GeneratorContextManager` does (next, then next or throw).
    var contextManagerFunctions = Set<ObjID>()
    var contextManagerGenerators = Set<ObjID>()
    /// Attribute names some code of the module assigns (`x.name = …`, `setattr(x, "name", …)`):
    /// reading one that an instance lacks gives an unknown value, not AttributeError, since the
    /// code that sets it may simply not have run in the scenario. nil: every name (a dynamic setattr).
    var assignedAttributes: Set<String>? = []
    /// What the simulation knows of library callables (the standard table, plus the settings' entries).
    var library = LibraryModels.standard
    /// The modules whose code this interpreter runs: [0] is the simulated module, the others are
    /// provided modules in the order they were imported. Function ids, class ids and statement
    /// offsets of unit u > 0 are kept as `ModuleKey.make(u, raw)` so tables never mix modules.
    var units: [ModuleUnit] = []
    /// `sys.modules`: absolute name → module object, registered before the body runs (cycles see
    /// the partially initialised module).
    var sysModules: [String: ObjID] = [:]
    /// Imports that were not followed (a cap, a bound, a failed body): name → why.
    var opaqueImports: [String: String] = [:]
    /// Globals (by module object) that a top-level statement stopped by a local bound (a loop, a
    /// call depth) bound or may have changed, with why: a scenario that reads one depends on a
    /// value the model did not finish computing.
    var stoppedGlobals: [ObjID: [String: String]] = [:]
    /// Set when a stopped global is read (import code reading one taints what it binds).
    var readStoppedGlobal = false
    /// Modules a scenario imports to run callers of its target there: past the import cap all the same.
    var essentialImports = Set<String>()
    /// The modules each module star-imported (`from m import *`), by importing module object.
    var starSources: [ObjID: [ObjID]] = [:]
    /// Modules with a `from m import *` whose names the model does not all have (a module it does
    /// not follow, or one whose body stopped early): a name they never bind may come from there.
    var unknownStarImports = Set<ObjID>()
    /// The length of each default list, dict or set when its `def` made it.
    var defaultLengths: [ObjID: Int] = [:]
    /// Callbacks handed to a loop or executor the model does not know (`call_soon`, `submit`, …),
    /// waiting for the loop: they run when the code that scheduled them has returned to it.
    var scheduled: [ScheduledCall] = []
    /// The bases of each class that the model has only as names (`pkg.mod.Base` of a module it
    /// did not follow), and the modules of those that code looked into (an attribute or a
    /// constructor found nowhere else) while the cap on imported modules left them unfollowed.
    var externalBases: [ObjID: [String]] = [:]
    /// Set while a standard-library (or installed) module that defines a base of a program class
    /// is imported from its source (see `libraryBaseClass`): its own imports are followed too.
    var followingLibraryBase = false
    /// The classes `libraryBaseClass` found by qualified name (nil: not followed, stays opaque).
    var libraryBaseClasses: [String: ObjID?] = [:]
    /// Enum classes' members in definition order (each class attribute that is a member is the
    /// member object, as CPython's `EnumType` makes it): `for level in Level`, `list(Level)`.
    var enumMembers: [ObjID: [ObjID]] = [:]
    /// The program metaclass of each class a program metaclass made (none: `type`).
    var classMetaclass: [ObjID: ObjID] = [:]
    /// Tasks `asyncio.ensure_future` / `create_task` made, and the result each gives when awaited.
    var taskResults: [ObjID: ObjID] = [:]
    /// Coroutines whose body raised: the exception, raised where the coroutine is awaited.
    var failedCoroutines: [ObjID: ObjID] = [:]
    /// While the test runner's pass over a test class runs: its instances are made by the runner
    /// (`TestCase(methodName)`, modelled); made elsewhere, by code that may set their attributes
    /// too, a test class's constructor stays code heaplint cannot see.
    var testRunnerDepth = 0
    /// While the scenario makes an instance as an outside caller would (fresh arguments): a test
    /// class's instance so made may have attributes its real makers set first.
    var outsideConstructionDepth = 0
    /// The heap's size when import-time code finished: objects past it were made by a scenario's
    /// steps (`Int.max` while importing).
    var heapSizeAfterImport = Int.max
    /// Instances a scenario made as an outside caller would (and what their constructors made):
    /// their real makers hold them, and may set their attributes.
    var outsideMadeInstances = Set<ObjID>()
    /// How many objects `onlyVisibleCodeReaches` has walked over (bounded: past the bound, its
    /// answer is no).
    var visibleOnlyWalks = 0
    /// Mutable objects a candidate holds that a scenario step handed back to its caller.
    var handedOutHeld = Set<ObjID>()
    /// Dates, times and durations the `datetime` module made (and arithmetic on them made): JSON
    /// cannot encode them.
    var temporalValues = Set<ObjID>()
    /// Program classes whose direct bases include `type` (or `abc.ABCMeta`): they and their
    /// subclasses are metaclasses, whose instances are classes.
    var metaclassRoots = Set<ObjID>()
    /// The namespace dict of a class statement whose metaclass is being called, and the class
    /// object made for it before its body ran: `type.__new__` fills that one in.
    var pendingClassBodies: [ObjID: ObjID] = [:]
    var cappedTouched = Set<String>()
    /// Modules the cap left out whose functions or classes the run called.
    var cappedCalled = Set<String>()
    /// Objects made by calling a function or class of a module the cap left out (`LogRender(...)`
    /// of `rich._log_render`): that module.
    var cappedMade: [ObjID: String] = [:]
    /// Names no code binds that a NameError probe found (the host injected them) in this run.
    var probedNames = Set<String>()
    /// Escapes into such objects (`` `self._log_render()` ``, a call of the instance or of one of
    /// its methods): the module whose code the callee is.
    var cappedEscapes: [String: String] = [:]
    /// `module.name` pairs `lazyModuleGlobal` has tried (once each).
    var lazyGlobalsTried = Set<String>()
    /// StringIO buffers not at their end: the piece index of their position (-1: not known).
    var stringIOPositions: [ObjID: Int] = [:]
    /// Marks `tell()` gave: the buffer and its piece index then.
    var stringIOMarks: [ObjID: (buffer: ObjID, piece: Int)] = [:]
    /// StringIO buffers truncated below their position: the piece index a later `seek` there cuts at.
    var stringIOPendingCut: [ObjID: Int] = [:]
    /// StringIO buffers `close()` freed.
    var stringIOClosed = Set<ObjID>()
    /// `module.name` of names code set on a C extension module the table declares in full: read
    /// back, they exist (opaque, as any name of an external module).
    var setOnExtensionModules = Set<String>()
    /// Objects the scenario watches (the candidate): handing one to a function of another module
    /// is recorded, so that function's store statements must be reached for a refutation.
    var watched = Set<ObjID>()
    var handoffs = Set<Handoff>()
}

/// One module whose code the interpreter runs.
struct ModuleUnit {
    var name: String
    var module: Module
    var isPackage: Bool
    var object: ObjID
    /// Standard library or environment (capped apart from the project's modules).
    var isLibrary: Bool
    /// Its body stopped early (a bound): names it did not bind are opaque.
    var incomplete = false
}

/// A watched object passed to a function of another module than the caller's.
struct Handoff: Hashable {
    var unit: Int
    var function: Int
    var parameter: String
    /// The object itself was passed (not an object holding it).
    var direct: Bool
    /// The type of what the parameter got (the candidate's, or its holder's).
    var typeName: String = ""
}

/// Keys of function ids, class ids and statement offsets across modules: unit 0 keeps the raw value.
enum ModuleKey {
    static let shift = 40
    static let mask = (1 << 40) - 1
    static func make(_ unit: Int, _ raw: Int) -> Int { unit == 0 ? raw : (unit << shift) | raw }
    static func unit(_ key: Int) -> Int { key >> shift }
    static func raw(_ key: Int) -> Int { key & mask }
}

extension Interpreter {
    /// A unit-keyed offset or id as `module:raw`, the same in every interpreter (unit numbers are
    /// not: they follow import order). nil for a unit this interpreter does not have.
    func moduleKeyName(_ key: Int) -> String? {
        let u = ModuleKey.unit(key)
        guard u < units.count else { return nil }
        return units[u].name + ":" + String(ModuleKey.raw(key))
    }
}

/// The interpreter reads and writes its state in place through these (no copies).
extension Interpreter {
    var heap: Heap { _read { yield state.heap } _modify { yield &state.heap } }
    var policy: BranchPolicy { _read { yield state.policy } _modify { yield &state.policy } }
    var callCounter: Int { _read { yield state.callCounter } _modify { yield &state.callCounter } }
    var steps: Int { _read { yield state.steps } _modify { yield &state.steps } }
    var undecidedBranches: Int { _read { yield state.undecidedBranches } _modify { yield &state.undecidedBranches } }
    var feasibleChoices: Int { _read { yield state.feasibleChoices } _modify { yield &state.feasibleChoices } }
    var heapSizeAtLastEscape: Int { _read { yield state.heapSizeAtLastEscape } _modify { yield &state.heapSizeAtLastEscape } }
    var optionalModuleChoices: Int { _read { yield state.optionalModuleChoices } _modify { yield &state.optionalModuleChoices } }
    var undecidedSites: [Int] { _read { yield state.undecidedSites } _modify { yield &state.undecidedSites } }
    var assumedTests: Int { _read { yield state.assumedTests } _modify { yield &state.assumedTests } }
    var choicesInEntry: Int { _read { yield state.choicesInEntry } _modify { yield &state.choicesInEntry } }
    var firstChoiceInEntry: Int { _read { yield state.firstChoiceInEntry } _modify { yield &state.firstChoiceInEntry } }
    var passOptionals: (function: Int, parameter: String)? { _read { yield state.passOptionals } _modify { yield &state.passOptionals } }
    var generatorsTakenInPart: Bool { _read { yield state.generatorsTakenInPart } _modify { yield &state.generatorsTakenInPart } }
    var entryEvaluations: [(key: Int, at: Int)] { _read { yield state.entryEvaluations } _modify { yield &state.entryEvaluations } }
    var loneChoiceCalls: Set<Int> { _read { yield state.loneChoiceCalls } _modify { yield &state.loneChoiceCalls } }
    var branchOutcomes: [Int: (bits: UInt8, after: Set<Int>)] { _read { yield state.branchOutcomes } _modify { yield &state.branchOutcomes } }
    var mayRaiseCount: Int { _read { yield state.mayRaiseCount } _modify { yield &state.mayRaiseCount } }
    var jsonForeignValues: Set<ObjID> { _read { yield state.jsonForeignValues } _modify { yield &state.jsonForeignValues } }
    var doubtfulRaises: Set<ObjID> { _read { yield state.doubtfulRaises } _modify { yield &state.doubtfulRaises } }
    var doubtfulHandlers: Set<Int> { _read { yield state.doubtfulHandlers } _modify { yield &state.doubtfulHandlers } }
    var dataMayRaiseCount: Int { _read { yield state.dataMayRaiseCount } _modify { yield &state.dataMayRaiseCount } }
    var mayRaiseAtStatement: Int { _read { yield state.mayRaiseAtStatement } _modify { yield &state.mayRaiseAtStatement } }
    var growthMayRaiseMark: [ObjID: (count: Int, undecided: Int, frame: Frame?)] { _read { yield state.growthMayRaiseMark } _modify { yield &state.growthMayRaiseMark } }
    var exitSkippedAfterGrowth: Set<ObjID> { _read { yield state.exitSkippedAfterGrowth } _modify { yield &state.exitSkippedAfterGrowth } }
    var exceptionSafeDepth: Int { _read { yield state.exceptionSafeDepth } _modify { yield &state.exceptionSafeDepth } }
    var removalAfterMayRaise: Int? { _read { yield state.removalAfterMayRaise } _modify { yield &state.removalAfterMayRaise } }
    var removalSkip: RemovalSkip { _read { yield state.removalSkip } _modify { yield &state.removalSkip } }
    var entryStartLengths: [ObjID: Int] { _read { yield state.entryStartLengths } _modify { yield &state.entryStartLengths } }
    var entryStartUndecided: Int { _read { yield state.entryStartUndecided } _modify { yield &state.entryStartUndecided } }
    var loopCutInEntry: Bool { _read { yield state.loopCutInEntry } _modify { yield &state.loopCutInEntry } }
    var leftGrownUndecided: [ObjID: Set<ObjectIdentifier>] { _read { yield state.leftGrownUndecided } _modify { yield &state.leftGrownUndecided } }
    var growersInEntry: [ObjID: Set<ObjectIdentifier>] { _read { yield state.growersInEntry } _modify { yield &state.growersInEntry } }
    var leftGrownByChoice: [ObjID: ObjectIdentifier] { _read { yield state.leftGrownByChoice } _modify { yield &state.leftGrownByChoice } }
    var collecting: Int { _read { yield state.collecting } _modify { yield &state.collecting } }
    var watchedSizeTests: Set<ObjID> { _read { yield state.watchedSizeTests } _modify { yield &state.watchedSizeTests } }
    var sizeTestDecisions: Int { _read { yield state.sizeTestDecisions } _modify { yield &state.sizeTestDecisions } }
    /// Undecided tests other than a watched container's size against a bound.
    var dataUndecided: Int { undecidedBranches - sizeTestDecisions }
    var budget: SimulationBudget? { _read { yield state.budget } _modify { yield &state.budget } }
    var providedFacts: ProvidedModuleFacts? { _read { yield state.providedFacts } _modify { yield &state.providedFacts } }
    var moduleObject: ObjID { _read { yield state.moduleObject } _modify { yield &state.moduleObject } }
    var none: ObjID { _read { yield state.none } _modify { yield &state.none } }
    var trueObject: ObjID { _read { yield state.trueObject } _modify { yield &state.trueObject } }
    var falseObject: ObjID { _read { yield state.falseObject } _modify { yield &state.falseObject } }
    var builtins: [String: ObjID] { _read { yield state.builtins } _modify { yield &state.builtins } }
    var exceptionClasses: [String: ObjID] { _read { yield state.exceptionClasses } _modify { yield &state.exceptionClasses } }
    var constants: [Int: ObjID] { _read { yield state.constants } _modify { yield &state.constants } }
    var externals: [String: ObjID] { _read { yield state.externals } _modify { yield &state.externals } }
    var registries: [String: ObjID] { _read { yield state.registries } _modify { yield &state.registries } }
    var escapes: [(what: String, objects: [ObjID], site: Int?)] { _read { yield state.escapes } _modify { yield &state.escapes } }
    var storageEscapes: [(what: String, object: ObjID)] { _read { yield state.storageEscapes } _modify { yield &state.storageEscapes } }
    var opaqueAttributeOwners: [ObjID: (owner: ObjID, name: String)] {
        _read { yield state.opaqueAttributeOwners } _modify { yield &state.opaqueAttributeOwners }
    }
    var unsupported: [String] { _read { yield state.unsupported } _modify { yield &state.unsupported } }
    var sizeBounds: [ObjID: Int] { _read { yield state.sizeBounds } _modify { yield &state.sizeBounds } }
    var lengthOf: [ObjID: ObjID] { _read { yield state.lengthOf } _modify { yield &state.lengthOf } }
    var unknownValues: Set<ObjID> { _read { yield state.unknownValues } _modify { yield &state.unknownValues } }
    var annotatedViews: [ObjID: ObjID] { _read { yield state.annotatedViews } _modify { yield &state.annotatedViews } }
    var unknownLengthLists: Set<ObjID> { _read { yield state.unknownLengthLists } _modify { yield &state.unknownLengthLists } }
    var functionType: ObjID? { get { state.functionType } set { state.functionType = newValue } }
    var attributesOfArguments: Set<ObjID> { _read { yield state.attributesOfArguments } _modify { yield &state.attributesOfArguments } }
    var pseudoValues: Set<ObjID> { _read { yield state.pseudoValues } _modify { yield &state.pseudoValues } }
    var pseudoSequence: (call: Int, seen: Int) { _read { yield state.pseudoSequence } _modify { yield &state.pseudoSequence } }
    var reusableValues: Set<ObjID> { _read { yield state.reusableValues } _modify { yield &state.reusableValues } }
    var textPieces: Set<ObjID> { _read { yield state.textPieces } _modify { yield &state.textPieces } }
    var urlParts: [ObjID: [String]] { _read { yield state.urlParts } _modify { yield &state.urlParts } }
    var unseenResults: Set<ObjID> { _read { yield state.unseenResults } _modify { yield &state.unseenResults } }
    var opaqueAttributeSource: [ObjID: ObjID] { _read { yield state.opaqueAttributeSource } _modify { yield &state.opaqueAttributeSource } }
    var entryStartObject: Int { _read { yield state.entryStartObject } _modify { yield &state.entryStartObject } }
    var missingModuleAttributes: [String: ObjID] { _read { yield state.missingModuleAttributes } _modify { yield &state.missingModuleAttributes } }
    var callerKeywordNames: Set<ObjID> { _read { yield state.callerKeywordNames } _modify { yield &state.callerKeywordNames } }
    var moduloOf: [ObjID: Int] { _read { yield state.moduloOf } _modify { yield &state.moduloOf } }
    var stringPrefix: [ObjID: String] { _read { yield state.stringPrefix } _modify { yield &state.stringPrefix } }
    var narrowing: [ObjID: (subject: ObjID, representative: ObjID, whenTrue: Bool)] { _read { yield state.narrowing } _modify { yield &state.narrowing } }
    var functionObjects: [Int: [ObjID]] { _read { yield state.functionObjects } _modify { yield &state.functionObjects } }
    var classObjects: [Int: ObjID] { _read { yield state.classObjects } _modify { yield &state.classObjects } }
    var finalizerClasses: Set<ObjID> { _read { yield state.finalizerClasses } _modify { yield &state.finalizerClasses } }
    var runtimeCallbacks: Bool { get { state.runtimeCallbacks } set { state.runtimeCallbacks = newValue } }
    var totalOrdered: Set<ObjID> { _read { yield state.totalOrdered } _modify { yield &state.totalOrdered } }
    var signalHandlers: [ValueKey: ObjID] { _read { yield state.signalHandlers } _modify { yield &state.signalHandlers } }
    var loggerFacts: [ObjID: LoggerFacts] { _read { yield state.loggerFacts } _modify { yield &state.loggerFacts } }
    var derivedTexts: [String: ObjID] { _read { yield state.derivedTexts } _modify { yield &state.derivedTexts } }
    var stableValues: Set<ObjID> { _read { yield state.stableValues } _modify { yield &state.stableValues } }
    var stableOwners: [ObjID: ObjID] { _read { yield state.stableOwners } _modify { yield &state.stableOwners } }
    var dataclasses: Set<ObjID> { _read { yield state.dataclasses } _modify { yield &state.dataclasses } }
    var namedtupleFields: [ObjID: [String]] { _read { yield state.namedtupleFields } _modify { yield &state.namedtupleFields } }
    var namedtupleClassOf: [ObjID: ObjID] { _read { yield state.namedtupleClassOf } _modify { yield &state.namedtupleClassOf } }
    var partialKeywords: [ObjID: [String]] { _read { yield state.partialKeywords } _modify { yield &state.partialKeywords } }
    var superStarts: [ObjID: ObjID] { _read { yield state.superStarts } _modify { yield &state.superStarts } }
    var identityEqualityDecorators: Set<ObjID> { _read { yield state.identityEqualityDecorators } _modify { yield &state.identityEqualityDecorators } }
    var identityEqualityClasses: Set<ObjID> { _read { yield state.identityEqualityClasses } _modify { yield &state.identityEqualityClasses } }
    var matchDetails: [ObjID: MatchDetails] { _read { yield state.matchDetails } _modify { yield &state.matchDetails } }
    var textFloor: [ObjID: Int] { _read { yield state.textFloor } _modify { yield &state.textFloor } }
    var choices: [ObjID: Int] { _read { yield state.choices } _modify { yield &state.choices } }
    var suspendedGenerators: [ObjID: Int] { _read { yield state.suspendedGenerators } _modify { yield &state.suspendedGenerators } }
    var reachedStatements: Set<Int> { _read { yield state.reachedStatements } _modify { yield &state.reachedStatements } }
    var completedStatements: Set<Int> { _read { yield state.completedStatements } _modify { yield &state.completedStatements } }
    var emptyBulkStores: Set<Int> { _read { yield state.emptyBulkStores } _modify { yield &state.emptyBulkStores } }
    var filledBulkStores: Set<Int> { _read { yield state.filledBulkStores } _modify { yield &state.filledBulkStores } }
    var currentStatement: Int { get { state.currentStatement } set { state.currentStatement = newValue } }
    var uncertainExceptions: Set<ObjID> { _read { yield state.uncertainExceptions } _modify { yield &state.uncertainExceptions } }
    var calledFunctions: Set<Int> { _read { yield state.calledFunctions } _modify { yield &state.calledFunctions } }
    var pythonRuns: Int { get { state.pythonRuns } set { state.pythonRuns = newValue } }
    var eagerGeneratorExpressions: Set<ObjID> { _read { yield state.eagerGeneratorExpressions } _modify { yield &state.eagerGeneratorExpressions } }
    var contextManagerFunctions: Set<ObjID> { _read { yield state.contextManagerFunctions } _modify { yield &state.contextManagerFunctions } }
    var contextManagerGenerators: Set<ObjID> { _read { yield state.contextManagerGenerators } _modify { yield &state.contextManagerGenerators } }
    var assignedAttributes: Set<String>? { _read { yield state.assignedAttributes } _modify { yield &state.assignedAttributes } }
    var fieldMarkers: Set<ObjID> { _read { yield state.fieldMarkers } _modify { yield &state.fieldMarkers } }
    var attrsClasses: [ObjID: AttrsFieldMode] { _read { yield state.attrsClasses } _modify { yield &state.attrsClasses } }
    var attrsDecorators: [ObjID: AttrsFieldMode] { _read { yield state.attrsDecorators } _modify { yield &state.attrsDecorators } }
    var attrsFieldSpecs: [ObjID: AttrsFieldSpec] { _read { yield state.attrsFieldSpecs } _modify { yield &state.attrsFieldSpecs } }
    var attrsFactories: [ObjID: Bool] { _read { yield state.attrsFactories } _modify { yield &state.attrsFactories } }
    var exceptionClassSet: Set<ObjID> { _read { yield state.exceptionClassSet } _modify { yield &state.exceptionClassSet } }
    var units: [ModuleUnit] { _read { yield state.units } _modify { yield &state.units } }
    var sysModules: [String: ObjID] { _read { yield state.sysModules } _modify { yield &state.sysModules } }
    var opaqueImports: [String: String] { _read { yield state.opaqueImports } _modify { yield &state.opaqueImports } }
    var stoppedGlobals: [ObjID: [String: String]] { _read { yield state.stoppedGlobals } _modify { yield &state.stoppedGlobals } }
    var readStoppedGlobal: Bool { _read { yield state.readStoppedGlobal } _modify { yield &state.readStoppedGlobal } }
    var essentialImports: Set<String> { _read { yield state.essentialImports } _modify { yield &state.essentialImports } }
    var starSources: [ObjID: [ObjID]] { _read { yield state.starSources } _modify { yield &state.starSources } }
    var unknownStarImports: Set<ObjID> { _read { yield state.unknownStarImports } _modify { yield &state.unknownStarImports } }
    var defaultLengths: [ObjID: Int] { _read { yield state.defaultLengths } _modify { yield &state.defaultLengths } }
    var scheduled: [ScheduledCall] { _read { yield state.scheduled } _modify { yield &state.scheduled } }
    var externalBases: [ObjID: [String]] { _read { yield state.externalBases } _modify { yield &state.externalBases } }
    var followingLibraryBase: Bool { _read { yield state.followingLibraryBase } _modify { yield &state.followingLibraryBase } }
    var libraryBaseClasses: [String: ObjID?] { _read { yield state.libraryBaseClasses } _modify { yield &state.libraryBaseClasses } }
    var enumMembers: [ObjID: [ObjID]] { _read { yield state.enumMembers } _modify { yield &state.enumMembers } }
    var taskResults: [ObjID: ObjID] { _read { yield state.taskResults } _modify { yield &state.taskResults } }
    var failedCoroutines: [ObjID: ObjID] { _read { yield state.failedCoroutines } _modify { yield &state.failedCoroutines } }
    var testRunnerDepth: Int { _read { yield state.testRunnerDepth } _modify { yield &state.testRunnerDepth } }
    var outsideConstructionDepth: Int { _read { yield state.outsideConstructionDepth } _modify { yield &state.outsideConstructionDepth } }
    var heapSizeAfterImport: Int { _read { yield state.heapSizeAfterImport } _modify { yield &state.heapSizeAfterImport } }
    var outsideMadeInstances: Set<ObjID> { _read { yield state.outsideMadeInstances } _modify { yield &state.outsideMadeInstances } }
    var visibleOnlyWalks: Int { _read { yield state.visibleOnlyWalks } _modify { yield &state.visibleOnlyWalks } }
    var handedOutHeld: Set<ObjID> { _read { yield state.handedOutHeld } _modify { yield &state.handedOutHeld } }
    var temporalValues: Set<ObjID> { _read { yield state.temporalValues } _modify { yield &state.temporalValues } }
    var classMetaclass: [ObjID: ObjID] { _read { yield state.classMetaclass } _modify { yield &state.classMetaclass } }
    var metaclassRoots: Set<ObjID> { _read { yield state.metaclassRoots } _modify { yield &state.metaclassRoots } }
    var pendingClassBodies: [ObjID: ObjID] { _read { yield state.pendingClassBodies } _modify { yield &state.pendingClassBodies } }
    var cappedTouched: Set<String> { _read { yield state.cappedTouched } _modify { yield &state.cappedTouched } }
    var cappedCalled: Set<String> { _read { yield state.cappedCalled } _modify { yield &state.cappedCalled } }
    var probedNames: Set<String> { _read { yield state.probedNames } _modify { yield &state.probedNames } }
    var cappedMade: [ObjID: String] { _read { yield state.cappedMade } _modify { yield &state.cappedMade } }
    var cappedEscapes: [String: String] { _read { yield state.cappedEscapes } _modify { yield &state.cappedEscapes } }
    var lazyGlobalsTried: Set<String> { _read { yield state.lazyGlobalsTried } _modify { yield &state.lazyGlobalsTried } }
    var stringIOPositions: [ObjID: Int] { _read { yield state.stringIOPositions } _modify { yield &state.stringIOPositions } }
    var stringIOMarks: [ObjID: (buffer: ObjID, piece: Int)] { _read { yield state.stringIOMarks } _modify { yield &state.stringIOMarks } }
    var stringIOPendingCut: [ObjID: Int] { _read { yield state.stringIOPendingCut } _modify { yield &state.stringIOPendingCut } }
    var stringIOClosed: Set<ObjID> { _read { yield state.stringIOClosed } _modify { yield &state.stringIOClosed } }
    var setOnExtensionModules: Set<String> { _read { yield state.setOnExtensionModules } _modify { yield &state.setOnExtensionModules } }
    var watched: Set<ObjID> { _read { yield state.watched } _modify { yield &state.watched } }
    var handoffs: Set<Handoff> { _read { yield state.handoffs } _modify { yield &state.handoffs } }
}

/// What a match object made from known text knows besides its groups: each group's span (nil
/// when it did not take part), the number of the last group that matched, and its name.
struct MatchDetails: Sendable {
    var spans: [(Int, Int)?]
    var lastIndex: Int?
    var lastGroup: String?
}

/// What may skip a statement that emptied a watched container again (see `removalAfterMayRaise`).
enum RemovalSkip: Sendable {
    case exception, stoppedGenerator, undecidedTest
}
