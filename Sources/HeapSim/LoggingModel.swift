import PythonModel

/// What a logger the model made knows about itself (`logging.Logger` state other than its lists).
struct LoggerFacts: Sendable {
    /// Its own level (0 is NOTSET: the parent's applies); nil when set to a value the model does not know.
    var level: Int? = 0
    var propagate = true
    var disabled = false
    /// The root's WARNING that no visible code set: a distributed package's user may configure
    /// another (`logging.basicConfig(level=logging.DEBUG)`).
    var levelByDefault = false
}

/// The `logging` module as CPython's pure-Python code behaves, for what decides whether records
/// reach handlers and what a handler keeps:
/// - loggers come from `getLogger(name)` (one per name, kept forever by the manager); each holds
///   its `handlers` and `filters` lists, a level, `propagate` and `disabled`;
/// - `logger.info(msg, *args)` and the others check the effective level (the first level set up
///   the dotted names, the root's WARNING at last), make a `LogRecord`, run the logger's filters,
///   then hand the record to each handler of the logger and of its ancestors (until one does not
///   propagate) whose level the record reaches: `handler.handle(record)`, which runs the handler's
///   filters and calls `emit`;
/// - classes of the program deriving from `Handler`, `StreamHandler`, `NullHandler`,
///   `BufferingHandler`, `MemoryHandler`, `Filter`, `Formatter` or `LoggerAdapter` get those
///   classes' methods (their `__init__` sets the attributes CPython's does), so their own `emit`,
///   `filter` and `process` run as logging calls them.
/// Standard handlers made by the library (`StreamHandler()`, `FileHandler(...)`) write records out
/// and keep none of them.
extension Interpreter {
    static let loggingLevels: [String: Int] = [
        "NOTSET": 0, "DEBUG": 10, "INFO": 20, "WARN": 30, "WARNING": 30, "ERROR": 40, "CRITICAL": 50, "FATAL": 50,
    ]
    static let loggingMethodLevels: [String: Int] = [
        "debug": 10, "info": 20, "warning": 30, "warn": 30, "error": 40, "exception": 40, "critical": 50, "fatal": 50,
    ]
    /// The logging classes the model gives a program's subclasses, each with its base chain.
    static let loggingClassChains: [String: [String]] = [
        "Filterer": ["Filterer"],
        "Handler": ["Handler", "Filterer"],
        "StreamHandler": ["StreamHandler", "Handler", "Filterer"],
        "NullHandler": ["NullHandler", "Handler", "Filterer"],
        "BufferingHandler": ["BufferingHandler", "Handler", "Filterer"],
        "MemoryHandler": ["MemoryHandler", "BufferingHandler", "Handler", "Filterer"],
        "Filter": ["Filter"],
        "Formatter": ["Formatter"],
        "LoggerAdapter": ["LoggerAdapter"],
        "LogRecord": ["LogRecord"],
    ]
    /// The methods each class defines (the model's part of it).
    static let loggingClassMethods: [String: Set<String>] = [
        "Filterer": ["addFilter", "removeFilter", "filter"],
        "Handler": ["__init__", "get_name", "set_name", "createLock", "acquire", "release", "setLevel", "format", "emit",
                    "handle", "setFormatter", "flush", "close", "handleError"],
        "StreamHandler": ["__init__", "flush", "emit", "setStream"],
        "NullHandler": ["handle", "emit", "createLock"],
        "BufferingHandler": ["__init__", "shouldFlush", "emit", "flush", "close"],
        "MemoryHandler": ["__init__", "shouldFlush", "setTarget", "flush", "close"],
        "Filter": ["__init__", "filter"],
        "Formatter": ["__init__", "format", "formatMessage", "formatTime", "formatException", "formatStack", "usesTime"],
        "LoggerAdapter": ["__init__", "process", "debug", "info", "warning", "warn", "error", "exception", "critical",
                          "fatal", "log", "isEnabledFor", "setLevel", "getEffectiveLevel", "hasHandlers"],
        "LogRecord": ["getMessage"],
    ]
    /// Handlers the library makes that write records out and keep none.
    static let writingHandlers: Set<String> = [
        "logging.StreamHandler", "logging.FileHandler", "logging.NullHandler", "logging.handlers.RotatingFileHandler",
        "logging.handlers.TimedRotatingFileHandler", "logging.handlers.WatchedFileHandler", "logging.handlers.SysLogHandler",
    ]

    /// `logging.INFO` and the other level constants: their ints.
    static func loggingConstant(_ q: String) -> Int? {
        guard q.hasPrefix("logging."), !q.dropFirst(8).contains(".") else { return nil }
        return loggingLevels[String(q.dropFirst(8))]
    }

    /// The logging class (last name) a qualified base name stands for, when the model has it.
    static func loggingClass(ofBase q: String) -> String? {
        let parts = q.split(separator: ".")
        guard let last = parts.last, loggingClassChains[String(last)] != nil else { return nil }
        let inLogging = parts.count >= 2 && parts[0] == "logging" && (parts.count == 2 || (parts.count == 3 && parts[1] == "handlers"))
        return inLogging ? String(last) : nil
    }

    /// The nearest logging base of a class of the program (through its bases' external names).
    func loggingBase(_ cls: ObjID) -> String? {
        for c in mro(cls) {
            for q in externalBases[c] ?? [] {
                if let b = Self.loggingClass(ofBase: absoluteExternalName(q, ofClass: c)) { return b }
            }
        }
        return nil
    }

    /// `name` as the model's logging base of `cls` defines it ("Handler.format"), if it does.
    func loggingMethod(_ cls: ObjID, _ name: String) -> String? {
        guard let base = loggingBase(cls), let chain = Self.loggingClassChains[base] else { return nil }
        for c in chain where Self.loggingClassMethods[c]?.contains(name) == true { return "logging." + c + "." + name }
        return nil
    }

    /// A class object standing for a logging class the library makes instances of (a record, an
    /// adapter, a formatter): its attributes beyond the model's are unknown.
    func loggingSyntheticClass(_ name: String) -> ObjID {
        let key = "logging class " + name
        if let id = externals[key] { return id }
        let cls = heap.allocate("type", .classObject(ClassState(name: name, def: nil, bases: [], attrs: [], opaqueBase: true)))
        externalBases[cls] = ["logging." + name]
        externals[key] = cls
        heap.roots.append(("sys.modules", cls))
        return cls
    }

    // MARK: - Loggers

    func makeLogger(name: String?, nameObject: ObjID?, site: Int) -> ObjID {
        let handlers = newList([], site: site), filters = newList([], site: site)
        let logger = heap.allocate("Logger", .opaque(held: [handlers, filters] + (nameObject.map { [$0] } ?? [])),
                                   constant: name, origin: site)
        loggerFacts[logger] = LoggerFacts(level: name == "root" ? 30 : 0, levelByDefault: name == "root")
        return logger
    }

    /// The root logger (level WARNING), kept by the manager.
    func rootLogger() -> ObjID {
        let reg = registry("logging.Logger.manager.loggerDict")
        if case .registry(_, let items) = heap[reg].payload, let r = items.first(where: { heap[$0].constant == "root" && loggerFacts[$0] != nil }) {
            return r
        }
        let r = makeLogger(name: "root", nameObject: nil, site: -1)
        appendToRegistry(reg, r)
        return r
    }

    /// `logging.getLogger(name)`: the manager's logger of that name (made once); a name the model
    /// does not know makes a new logger kept by the manager.
    func getLogger(_ nameObject: ObjID?, site: Int) -> ObjID {
        guard let nameObject, nameObject != none else { return rootLogger() }
        let reg = registry("logging.Logger.manager.loggerDict")
        if let name = heap[nameObject].constant, typeName(nameObject) == "str" {
            if name.isEmpty || name == "root" { return rootLogger() }
            if case .registry(_, let items) = heap[reg].payload,
               let existing = items.first(where: { heap[$0].constant == name && loggerFacts[$0] != nil }) { return existing }
            let logger = makeLogger(name: name, nameObject: nil, site: site)
            appendToRegistry(reg, logger)
            return logger
        }
        let logger = makeLogger(name: nil, nameObject: nameObject, site: site)
        appendToRegistry(reg, logger)
        return logger
    }

    func isModelLogger(_ id: ObjID) -> Bool { typeName(id) == "Logger" && loggerFacts[id] != nil }

    func loggerLists(_ logger: ObjID) -> (handlers: ObjID, filters: ObjID)? {
        guard isModelLogger(logger), case .opaque(let held) = heap[logger].payload, held.count >= 2 else { return nil }
        return (held[0], held[1])
    }

    /// The loggers whose handlers a record of `logger` reaches, nearest first, up to the root
    /// (nil entries: ancestors the model cannot name, for a logger of unknown name).
    func loggerAncestors(_ logger: ObjID) -> [ObjID] {
        guard let name = heap[logger].constant else { return [rootLogger()] }
        if name == "root" { return [] }
        var out: [ObjID] = []
        var parts = name.split(separator: ".").map(String.init)
        let reg = registry("logging.Logger.manager.loggerDict")
        guard case .registry(_, let items) = heap[reg].payload else { return [rootLogger()] }
        while parts.count > 1 {
            parts.removeLast()
            let n = parts.joined(separator: ".")
            if let l = items.first(where: { heap[$0].constant == n && loggerFacts[$0] != nil }) { out.append(l) }
        }
        out.append(rootLogger())
        return out
    }

    /// The effective level: the first level set from the logger up (nil: not known).
    func effectiveLevel(_ logger: ObjID) -> Int? {
        for l in [logger] + loggerAncestors(logger) {
            guard let facts = loggerFacts[l] else { return nil }
            guard let level = facts.level else { return nil }
            if facts.levelByDefault, provider?.distributesPackage(of: module.name) ?? false { return nil }
            if level != 0 { return level }
            if heap[l].constant == nil { return nil }   // (its parents are not known)
        }
        return 0
    }

    /// A level argument as `_checkLevel` reads it: an int, or a level's name. Nil when unknown.
    func levelValue(_ v: ObjID) -> Int? {
        if let i = intValue(v) { return i }
        if typeName(v) == "str", let s = heap[v].constant { return Self.loggingLevels[s] }
        return nil
    }

    /// Whether `level` passes `threshold`, deciding by a policy choice when either is unknown.
    func levelPasses(_ level: Int?, _ threshold: Int?, site: Int) throws -> Bool {
        if let level, let threshold { return level >= threshold }
        return try truth(heap.allocate("bool", .atom, origin: site), site: site)
    }

    /// `Logger.<method>(...)` for a logger the model made; nil for methods it leaves alone.
    func loggerMethod(_ logger: ObjID, _ method: String, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                      site: Int, frame: Frame) throws -> ObjID? {
        guard let lists = loggerLists(logger) else { return nil }
        if let level = Self.loggingMethodLevels[method] {
            guard let msg = args.first else { return none }
            try loggerLog(logger, level: level, msg, Array(args.dropFirst()), kwargs, exception: method == "exception", site: site, frame: frame)
            return none
        }
        switch method {
        case "log":
            guard args.count >= 2 else { return none }
            try loggerLog(logger, levelObject: args[0], args[1], Array(args.dropFirst(2)), kwargs, site: site, frame: frame)
            return none
        case "setLevel":
            if let a = args.first { loggerFacts[logger]?.level = levelValue(a); loggerFacts[logger]?.levelByDefault = false }
            return none
        case "getEffectiveLevel":
            return effectiveLevel(logger).map { makeInt($0, site: site) } ?? unknownAtom("int", site: site)
        case "isEnabledFor":
            guard let a = args.first else { return none }
            if loggerFacts[logger]?.disabled == true { return bool(false) }
            if let l = levelValue(a), let e = effectiveLevel(logger) { return bool(l >= e) }
            return heap.allocate("bool", .atom, origin: site)
        case "addHandler", "addFilter":
            guard let a = args.first else { return none }
            let list = method == "addHandler" ? lists.handlers : lists.filters
            if case .list(let items) = heap[list].payload, !items.contains(a) { withList(list) { $0.append(a) } }
            return none
        case "removeHandler", "removeFilter":
            guard let a = args.first else { return none }
            withList(method == "removeHandler" ? lists.handlers : lists.filters) { $0.removeAll { $0 == a } }
            return none
        case "hasHandlers":
            for l in [logger] + loggerAncestors(logger) {
                if let ls = loggerLists(l), case .list(let items) = heap[ls.handlers].payload, !items.isEmpty { return bool(true) }
                if loggerFacts[l]?.propagate == false { break }
            }
            return bool(false)
        case "getChild":
            guard let a = args.first else { return none }
            if let name = heap[logger].constant, let suffix = heap[a].constant {
                return getLogger(makeStr(name == "root" ? suffix : name + "." + suffix, site: site), site: site)
            }
            return getLogger(heap.allocate("str", .atom, origin: site), site: site)
        case "filter":
            guard let record = args.first else { return none }
            return bool(try runFilters(lists.filters, record, site: site, frame: frame))
        case "handle":
            guard let record = args.first else { return none }
            try loggerHandle(logger, record, site: site, frame: frame)
            return none
        default:
            return none
        }
    }

    /// `logger.log(level, msg, *args)` with the level as an object.
    func loggerLog(_ logger: ObjID, levelObject: ObjID, _ msg: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                   site: Int, frame: Frame) throws {
        try loggerLog(logger, level: levelValue(levelObject), msg, args, kwargs, exception: false, site: site, frame: frame)
    }

    /// `Logger._log` behind `isEnabledFor`: a record made and handled when its level passes.
    func loggerLog(_ logger: ObjID, level: Int?, _ msg: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                   exception: Bool, site: Int, frame: Frame) throws {
        if loggerFacts[logger]?.disabled == true { return }
        guard try levelPasses(level, effectiveLevel(logger), site: site) else { return }
        // (No filter or handler of the model's to give it to: the record is made and dropped.)
        guard hasReceivers(logger) else { return }
        let record = makeLogRecord(logger, level: level, msg, args, kwargs, exception: exception, site: site)
        try loggerHandle(logger, record, site: site, frame: frame)
    }

    func makeLogRecord(_ logger: ObjID, level: Int?, _ msg: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                       exception: Bool, site: Int) -> ObjID {
        let cls = loggingSyntheticClass("LogRecord")
        // (`logger.info("%(a)s", {"a": 1})`: a single mapping is the args themselves.)
        let argsObject: ObjID
        if args.count == 1, case .dict = heap[args[0]].payload { argsObject = args[0] }
        else { argsObject = heap.allocate("tuple", .tuple(args), origin: site) }
        let levelName = level.flatMap { l in Self.loggingLevels.first(where: { $0.value == l && $0.key != "WARN" && $0.key != "FATAL" })?.key }
        var attrs: [String: ObjID] = [
            "name": heap[logger].constant.map { makeStr($0, site: site) } ?? heap.allocate("str", .atom, origin: site),
            "msg": msg, "args": argsObject,
            "levelno": level.map { makeInt($0, site: site) } ?? unknownAtom("int", site: site),
            "levelname": levelName.map { makeStr($0, site: site) } ?? heap.allocate("str", .atom, origin: site),
            "created": unknownAtom("float", site: site), "msecs": unknownAtom("float", site: site),
            "relativeCreated": unknownAtom("float", site: site),
            "pathname": heap.allocate("str", .atom, origin: site), "filename": heap.allocate("str", .atom, origin: site),
            "module": heap.allocate("str", .atom, origin: site), "funcName": heap.allocate("str", .atom, origin: site),
            "lineno": unknownAtom("int", site: site), "exc_info": exception ? opaque(site: site) : none, "exc_text": none,
            "stack_info": none, "thread": unknownAtom("int", site: site), "threadName": heap.allocate("str", .atom, origin: site),
            "process": unknownAtom("int", site: site), "processName": heap.allocate("str", .atom, origin: site),
        ]
        for (k, v) in kwargs {
            if k == "exc_info" { attrs["exc_info"] = v }
            if k == "stack_info" { attrs["stack_info"] = v }
            if k == "extra", case .dict(let store, _) = heap[v].payload {
                for (key, value) in zip(store.keys, store.values) {
                    if let name = heap[key].constant { attrs[name] = value }
                }
            }
        }
        return heap.allocate("LogRecord", .instance(cls: cls, attrs: attrs), origin: site)
    }

    /// Whether a record of `logger` meets any filter or handler that runs Python code or keeps it.
    func hasReceivers(_ logger: ObjID) -> Bool {
        if let ls = loggerLists(logger), case .list(let fs) = heap[ls.filters].payload, !fs.isEmpty { return true }
        for l in [logger] + loggerAncestors(logger) {
            guard let ls = loggerLists(l), case .list(let handlers) = heap[ls.handlers].payload else { return true }
            if handlers.contains(where: { !Self.writingHandlers.contains(typeName($0)) || !isOpaquePayload($0) }) { return true }
            if loggerFacts[l]?.propagate == false { break }
        }
        return false
    }

    func isOpaquePayload(_ id: ObjID) -> Bool { if case .opaque = heap[id].payload { return true } else { return false } }

    /// `Logger.handle`: the logger's filters, then every handler up the hierarchy the level reaches.
    func loggerHandle(_ logger: ObjID, _ record: ObjID, site: Int, frame: Frame) throws {
        guard let lists = loggerLists(logger), try runFilters(lists.filters, record, site: site, frame: frame) else { return }
        let levelno = try getAttribute(record, "levelno", site: site, frame: frame)
        for l in [logger] + loggerAncestors(logger) {
            guard let ls = loggerLists(l), case .list(let handlers) = heap[ls.handlers].payload else { break }
            for h in handlers {
                try handOn(record, levelno: levelno, to: h, site: site, frame: frame)
            }
            if loggerFacts[l]?.propagate == false { break }
        }
    }

    /// One handler of a logger given a record: `if record.levelno >= hdlr.level: hdlr.handle(record)`.
    func handOn(_ record: ObjID, levelno: ObjID, to h: ObjID, site: Int, frame: Frame) throws {
        if case .opaque = heap[h].payload, Self.writingHandlers.contains(typeName(h)) { return }
        guard case .instance = heap[h].payload else {
            // (The handler is handed the record too: what it does with it, and to itself, is
            // not known.)
            escape("a logging handler heaplint cannot see", [record, h], site: site)
            return
        }
        let level = try getAttribute(h, "level", site: site, frame: frame)
        guard try levelPasses(intValue(levelno), levelValue(level), site: site) else { return }
        _ = try call(try getAttribute(h, "handle", site: site, frame: frame), [record], [], site: site, frame: frame)
    }

    /// A filter list's verdict on a record: each filter's `filter(record)` (or the callable itself).
    func runFilters(_ list: ObjID, _ record: ObjID, site: Int, frame: Frame) throws -> Bool {
        guard case .list(let filters) = heap[list].payload else { return true }
        for f in filters {
            let callee: ObjID
            if case .instance(let cls, _) = heap[f].payload, mroLookup(cls, "filter") != nil || loggingMethod(cls, "filter") != nil {
                callee = try getAttribute(f, "filter", site: site, frame: frame)
            } else {
                callee = f
            }
            let verdict = try call(callee, [record], [], site: site, frame: frame)
            if !(try truth(verdict, site: site)) { return false }
        }
        return true
    }

    // MARK: - Module functions and library classes

    /// Calls of `logging` the model runs itself (nil: not one of them).
    func loggingExternal(_ q: String, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> ObjID? {
        guard q.hasPrefix("logging.") else { return nil }
        let rest = String(q.dropFirst(8))
        if rest == "getLogger" {
            return getLogger(args.first ?? kwargs.first(where: { $0.0 == "name" })?.1, site: site)
        }
        if let level = Self.loggingMethodLevels[rest], let msg = args.first {
            let root = rootLogger()
            try basicConfigIfBare(root, site: site)
            try loggerLog(root, level: level, msg, Array(args.dropFirst()), kwargs, exception: rest == "exception", site: site, frame: frame)
            return none
        }
        if rest == "log", args.count >= 2 {
            let root = rootLogger()
            try basicConfigIfBare(root, site: site)
            try loggerLog(root, levelObject: args[0], args[1], Array(args.dropFirst(2)), kwargs, site: site, frame: frame)
            return none
        }
        if rest == "basicConfig" {
            let root = rootLogger()
            guard let lists = loggerLists(root) else { return none }
            let force = kwargs.first(where: { $0.0 == "force" }).map { decidedTruth($0.1) == true } ?? false
            if force { withList(lists.handlers) { $0.removeAll() } }
            guard case .list(let items) = heap[lists.handlers].payload, items.isEmpty else { return none }
            if let hs = kwargs.first(where: { $0.0 == "handlers" })?.1 {
                for h in try iterate(hs, site: site, frame: frame) { withList(lists.handlers) { $0.append(h) } }
            } else {
                withList(lists.handlers) { $0.append(opaque("logging.StreamHandler", site: site)) }
            }
            if let l = kwargs.first(where: { $0.0 == "level" })?.1 { loggerFacts[root]?.level = levelValue(l); loggerFacts[root]?.levelByDefault = false }
            return none
        }
        if Self.writingHandlers.contains(q) {
            // A standard handler: it keeps its stream or file name, runs its filters, and writes
            // records out (a stream handler's `emit`; the others' are alike for what they keep).
            let kind = q == "logging.NullHandler" ? "NullHandler" : "StreamHandler"
            let obj = heap.allocate(String(q.split(separator: ".").last ?? "Handler"),
                                    .instance(cls: loggingSyntheticClass(kind), attrs: [:]), origin: site)
            if kind == "StreamHandler", q != "logging.StreamHandler" {
                _ = try loggingClassCall("logging.Handler.__init__", [obj], [], site: site, frame: frame)
                setInstanceAttr(obj, "stream", opaque(site: site, held: args + kwargs.map(\.1)))
            } else {
                _ = try loggingClassCall("logging.\(kind == "NullHandler" ? "Handler" : kind).__init__", [obj] + args, kwargs, site: site, frame: frame)
            }
            return obj
        }
        if rest == "handlers.MemoryHandler" || rest == "handlers.BufferingHandler" {
            // A handler that keeps records in its `buffer` until it flushes (h624: a
            // MemoryHandler with no target never clears it).
            let kind = String(rest.dropFirst(9))
            let obj = heap.allocate(kind, .instance(cls: loggingSyntheticClass(kind), attrs: [:]), origin: site)
            _ = try loggingClassCall("logging.\(kind).__init__", [obj] + args, kwargs, site: site, frame: frame)
            return obj
        }
        if rest == "Formatter" || rest == "Filter" || rest == "LoggerAdapter" {
            let obj = heap.allocate(rest, .instance(cls: loggingSyntheticClass(rest), attrs: [:]), origin: site)
            _ = try loggingClassCall("logging.\(rest).__init__", [obj] + args, kwargs, site: site, frame: frame)
            return obj
        }
        // A method of a logging class of the model, reached from a subclass or `Base.method(self, ...)`.
        let parts = rest.split(separator: ".")
        if parts.count == 2 || (parts.count == 3 && parts[0] == "handlers"),
           Self.loggingClassChains[String(parts[parts.count - 2])] != nil {
            let cls = String(parts[parts.count - 2]), method = String(parts[parts.count - 1])
            for c in Self.loggingClassChains[cls] ?? [] where Self.loggingClassMethods[c]?.contains(method) == true {
                return try loggingClassCall("logging.\(c).\(method)", args, kwargs, site: site, frame: frame)
            }
        }
        return nil
    }

    /// The root gets a stream handler on the first module-level logging call when it has none.
    func basicConfigIfBare(_ root: ObjID, site: Int) throws {
        guard let lists = loggerLists(root), case .list(let items) = heap[lists.handlers].payload, items.isEmpty else { return }
        withList(lists.handlers) { $0.append(opaque("logging.StreamHandler", site: site)) }
    }

    /// An argument by position or keyword (after `self`), or nil.
    func argument(_ args: [ObjID], _ kwargs: [(String, ObjID)], _ index: Int, _ name: String) -> ObjID? {
        if index < args.count { return args[index] }
        return kwargs.first(where: { $0.0 == name })?.1
    }

    func callAttribute(_ obj: ObjID, _ name: String, _ args: [ObjID], site: Int, frame: Frame) throws -> ObjID {
        try call(try getAttribute(obj, name, site: site, frame: frame), args, [], site: site, frame: frame)
    }

    /// `logging.<Class>.<method>(self, ...)` as CPython's code does it (`q` names the class that defines it).
    func loggingClassCall(_ q: String, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int, frame: Frame) throws -> ObjID {
        guard let me = args.first else { return none }
        let rest = Array(args.dropFirst())
        func set(_ name: String, _ v: ObjID) { setInstanceAttr(me, name, v) }
        func arg(_ i: Int, _ name: String) -> ObjID? { argument(rest, kwargs, i, name) }
        func attr(_ name: String) throws -> ObjID { try getAttribute(me, name, site: site, frame: frame) }
        switch q {
        case "logging.Handler.__init__":
            set("level", makeInt(levelValue(arg(0, "level") ?? makeInt(0)) ?? 0, site: site))
            if let l = arg(0, "level"), levelValue(l) == nil { set("level", unknownAtom("int", site: site)) }
            set("formatter", none); set("filters", newList([], site: site)); set("_name", none)
            set("lock", opaque(site: site))
        case "logging.StreamHandler.__init__":
            _ = try loggingClassCall("logging.Handler.__init__", [me], [], site: site, frame: frame)
            set("stream", arg(0, "stream") ?? opaque(site: site))
        case "logging.BufferingHandler.__init__":
            _ = try loggingClassCall("logging.Handler.__init__", [me], [], site: site, frame: frame)
            set("capacity", arg(0, "capacity") ?? unknownAtom("int", site: site))
            set("buffer", newList([], site: site))
        case "logging.MemoryHandler.__init__":
            _ = try loggingClassCall("logging.BufferingHandler.__init__", [me] + Array(rest.prefix(1)),
                                     kwargs.filter { $0.0 == "capacity" }, site: site, frame: frame)
            set("flushLevel", arg(1, "flushLevel") ?? makeInt(40, site: site))
            set("target", arg(2, "target") ?? none)
            set("flushOnClose", arg(3, "flushOnClose") ?? bool(true))
        case "logging.Filter.__init__":
            let name = arg(0, "name") ?? makeStr("", site: site)
            set("name", name)
            set("nlen", heap[name].constant.map { makeInt($0.count, site: site) } ?? unknownAtom("int", site: site))
        case "logging.Formatter.__init__":
            set("_fmt", arg(0, "fmt") ?? none)
            set("datefmt", arg(1, "datefmt") ?? none)
        case "logging.LoggerAdapter.__init__":
            set("logger", arg(0, "logger") ?? opaque(site: site))
            set("extra", arg(1, "extra") ?? none)
        case "logging.Handler.setLevel":
            if let l = arg(0, "level") { set("level", levelValue(l).map { makeInt($0, site: site) } ?? unknownAtom("int", site: site)) }
        case "logging.Handler.setFormatter":
            set("formatter", arg(0, "fmt") ?? none)
        case "logging.Handler.get_name":
            return (try? attr("_name")) ?? none
        case "logging.Handler.set_name":
            set("_name", arg(0, "name") ?? none)
        case "logging.Filterer.addFilter", "logging.Filterer.removeFilter":
            guard let f = arg(0, "filter") else { break }
            let list = try attr("filters")
            let has = membership(f, in: list)
            if q.hasSuffix("addFilter"), has != true { _ = try call(try getAttribute(list, "append", site: site, frame: frame), [f], [], site: site, frame: frame) }
            if q.hasSuffix("removeFilter"), has != false { _ = try call(try getAttribute(list, "remove", site: site, frame: frame), [f], [], site: site, frame: frame) }
        case "logging.Filterer.filter":
            guard let record = arg(0, "record") else { return bool(true) }
            let list = try attr("filters")
            if case .list = heap[list].payload { return bool(try runFilters(list, record, site: site, frame: frame)) }
            return heap.allocate("bool", .atom, origin: site)
        case "logging.Handler.handle":
            guard let record = arg(0, "record") else { return none }
            let rv = try callAttribute(me, "filter", [record], site: site, frame: frame)
            if try truth(rv, site: site) { _ = try callAttribute(me, "emit", [record], site: site, frame: frame) }
            return rv
        case "logging.NullHandler.handle", "logging.NullHandler.emit", "logging.NullHandler.createLock":
            return none
        case "logging.Handler.emit":
            throw Signal.raise(try makeException("NotImplementedError", site: site))
        case "logging.Handler.format":
            guard let record = arg(0, "record") else { return heap.allocate("str", .atom, origin: site) }
            let formatter = try attr("formatter")
            if formatter != none { return try callAttribute(formatter, "format", [record], site: site, frame: frame) }
            return try formatRecord(nil, record, site: site, frame: frame)
        case "logging.StreamHandler.emit":
            // The record, formatted, is written to the stream (`stream.write(msg + terminator)`):
            // a StringIO buffer keeps it, a class's own `write` runs; the handler keeps nothing.
            if let record = arg(0, "record") {
                _ = try callAttribute(me, "format", [record], site: site, frame: frame)
                try writeText(opaque("str", site: site), to: try attr("stream"), site: site, frame: frame)
            }
        case "logging.Formatter.format", "logging.Formatter.formatMessage":
            guard let record = arg(0, "record") else { return heap.allocate("str", .atom, origin: site) }
            return try formatRecord(try attr("_fmt"), record, site: site, frame: frame)
        case "logging.Formatter.formatTime", "logging.Formatter.formatException", "logging.Formatter.formatStack":
            return heap.allocate("str", .atom, origin: site)
        case "logging.Formatter.usesTime":
            return heap.allocate("bool", .atom, origin: site)
        case "logging.BufferingHandler.shouldFlush":
            let buffer = try attr("buffer"), capacity = try attr("capacity")
            let n = try callBuiltin(.len, [buffer], [], site: site, frame: frame)
            return try compare(.gtE, n, capacity, site: site, frame: frame)
        case "logging.MemoryHandler.shouldFlush":
            let full = try loggingClassCall("logging.BufferingHandler.shouldFlush", [me], [], site: site, frame: frame)
            if try truth(full, site: site) { return bool(true) }
            guard let record = arg(0, "record") else { return bool(false) }
            return try compare(.gtE, try getAttribute(record, "levelno", site: site, frame: frame), try attr("flushLevel"), site: site, frame: frame)
        case "logging.BufferingHandler.emit":
            guard let record = arg(0, "record") else { return none }
            _ = try callAttribute(try attr("buffer"), "append", [record], site: site, frame: frame)
            if try truth(try callAttribute(me, "shouldFlush", [record], site: site, frame: frame), site: site) {
                _ = try callAttribute(me, "flush", [], site: site, frame: frame)
            }
        case "logging.BufferingHandler.flush":
            _ = try callAttribute(try attr("buffer"), "clear", [], site: site, frame: frame)
        case "logging.MemoryHandler.flush":
            // (Only with a target: without one the buffer keeps every record.) The target's
            // `handle` gets each record, whatever its level.
            let target = try attr("target")
            if try truth(target, site: site) {
                for r in try iterate(try attr("buffer"), site: site, frame: frame) {
                    if case .instance = heap[target].payload {
                        _ = try callAttribute(target, "handle", [r], site: site, frame: frame)
                    } else if !Self.writingHandlers.contains(typeName(target)) {
                        escape("a logging handler heaplint cannot see", [r], site: site)
                    }
                }
                _ = try callAttribute(try attr("buffer"), "clear", [], site: site, frame: frame)
            }
        case "logging.MemoryHandler.setTarget":
            set("target", arg(0, "target") ?? none)
        case "logging.MemoryHandler.close":
            if try truth(try attr("flushOnClose"), site: site) { _ = try callAttribute(me, "flush", [], site: site, frame: frame) }
            set("target", none)
            _ = try loggingClassCall("logging.BufferingHandler.close", [me], [], site: site, frame: frame)
        case "logging.BufferingHandler.close":
            _ = try callAttribute(me, "flush", [], site: site, frame: frame)
        case "logging.Handler.flush", "logging.Handler.close", "logging.Handler.handleError", "logging.Handler.createLock",
             "logging.Handler.acquire", "logging.Handler.release", "logging.StreamHandler.flush":
            return none
        case "logging.StreamHandler.setStream":
            let old = try attr("stream")
            set("stream", arg(0, "stream") ?? none)
            return old
        case "logging.Filter.filter":
            guard let record = arg(0, "record") else { return bool(true) }
            let name = try attr("name"), recordName = try getAttribute(record, "name", site: site, frame: frame)
            guard let n = heap[name].constant else { return heap.allocate("bool", .atom, origin: site) }
            if n.isEmpty { return bool(true) }
            guard let r = heap[recordName].constant else { return heap.allocate("bool", .atom, origin: site) }
            return bool(r == n || r.hasPrefix(n + "."))
        case "logging.LogRecord.getMessage":
            let msg = try callBuiltin(.str, [try attr("msg")], [], site: site, frame: frame)
            let a = try attr("args")
            if case .tuple(let items) = heap[a].payload, items.isEmpty { return msg }
            return try binary(.mod, msg, a, site: site, frame: frame)
        case "logging.LoggerAdapter.process":
            guard let msg = arg(0, "msg"), let kw = arg(1, "kwargs") else { return none }
            try setItem(kw, makeStr("extra", site: site), try attr("extra"), site: site, frame: frame)
            return heap.allocate("tuple", .tuple([msg, kw]), origin: site)
        case "logging.LoggerAdapter.isEnabledFor", "logging.LoggerAdapter.setLevel", "logging.LoggerAdapter.getEffectiveLevel",
             "logging.LoggerAdapter.hasHandlers":
            let method = String(q.split(separator: ".").last ?? "")
            return try call(try getAttribute(try attr("logger"), method, site: site, frame: frame), rest, kwargs, site: site, frame: frame)
        default:
            if q.hasPrefix("logging.LoggerAdapter.") {
                // `adapter.info(msg, *args, **kwargs)`: when the logger is enabled for the level,
                // `process` rewrites message and keywords, then the logger logs them.
                let method = String(q.dropFirst("logging.LoggerAdapter.".count))
                var level: ObjID
                var callArgs = rest
                if method == "log" {
                    guard !callArgs.isEmpty else { return none }
                    level = callArgs.removeFirst()
                } else {
                    level = makeInt(Self.loggingMethodLevels[method] ?? 0, site: site)
                }
                guard let msg = callArgs.first else { return none }
                let enabled = try callAttribute(me, "isEnabledFor", [level], site: site, frame: frame)
                guard try truth(enabled, site: site) else { return none }
                let kw = newDict(site: site)
                for (k, v) in kwargs { try setItem(kw, makeStr(k, site: site), v, site: site, frame: frame) }
                if method == "exception", membership(makeStr("exc_info", site: site), in: kw) != true {
                    try setItem(kw, makeStr("exc_info", site: site), bool(true), site: site, frame: frame)
                }
                let processed = try callAttribute(me, "process", [msg, kw], site: site, frame: frame)
                let parts = try iterate(processed, site: site, frame: frame)
                guard parts.count == 2 else { return none }
                var newKwargs: [(String, ObjID)] = []
                if case .dict(let store, _) = heap[parts[1]].payload {
                    for (k, v) in zip(store.keys, store.values) {
                        guard let name = heap[k].constant else { continue }
                        newKwargs.append((name, v))
                    }
                }
                let logger = try attr("logger")
                _ = try call(try getAttribute(logger, "log", site: site, frame: frame), [level, parts[0]] + Array(callArgs.dropFirst()),
                             newKwargs, site: site, frame: frame)
            }
            return none
        }
        return none
    }

    /// A record formatted as `fmt % record.__dict__` with `message` set (`%(message)s` when no
    /// format): text known when every field it names is.
    func formatRecord(_ fmt: ObjID?, _ record: ObjID, site: Int, frame: Frame) throws -> ObjID {
        let message = try callAttribute(record, "getMessage", [], site: site, frame: frame)
        setInstanceAttr(record, "message", message)
        let format: String
        if let fmt, fmt != none {
            guard let f = heap[fmt].constant else { return heap.allocate("str", .atom, origin: site) }
            format = f
        } else {
            format = "%(message)s"
        }
        guard case .instance(_, let attrs) = heap[record].payload else { return heap.allocate("str", .atom, origin: site) }
        let d = newDict(site: site)
        for (k, v) in attrs.sorted(by: { $0.key < $1.key }) { try setItem(d, makeStr(k, site: site), v, site: site, frame: frame) }
        return try binary(.mod, makeStr(format, site: site), d, site: site, frame: frame)
    }
}

extension Interpreter {
    /// `logger.handlers`, `.level`, `.propagate`, … of a logger the model made.
    func loggerAttribute(_ logger: ObjID, _ name: String, site: Int) -> ObjID {
        let facts = loggerFacts[logger] ?? LoggerFacts()
        switch name {
        case "handlers": return loggerLists(logger)?.handlers ?? opaque(site: site)
        case "filters": return loggerLists(logger)?.filters ?? opaque(site: site)
        case "level": return facts.level.map { makeInt($0, site: site) } ?? unknownAtom("int", site: site)
        case "propagate": return bool(facts.propagate)
        case "disabled": return bool(facts.disabled)
        case "name": return heap[logger].constant.map { makeStr($0, site: site) } ?? heap.allocate("str", .atom, origin: site)
        case "parent":
            if heap[logger].constant == "root" { return none }
            return heap[logger].constant == nil ? opaque(site: site) : loggerAncestors(logger).first ?? none
        case "root": return rootLogger()
        default: return opaque(site: site)
        }
    }

    /// `logger.propagate = False` and the like; a new `handlers` list replaces the logger's.
    func setLoggerAttribute(_ logger: ObjID, _ name: String, _ value: ObjID) {
        switch name {
        case "level": loggerFacts[logger]?.level = levelValue(value); loggerFacts[logger]?.levelByDefault = false
        case "propagate": loggerFacts[logger]?.propagate = decidedTruth(value) ?? true
        case "disabled": loggerFacts[logger]?.disabled = decidedTruth(value) ?? false
        case "handlers", "filters":
            guard case .list = heap[value].payload, case .opaque(var held) = heap[logger].payload, held.count >= 2 else { return }
            held[name == "handlers" ? 0 : 1] = value
            heap.objects[logger].payload = .opaque(held: held)
        default: break
        }
    }
}
