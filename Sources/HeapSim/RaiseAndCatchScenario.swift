import PythonModel

extension ModuleSimulation {
    /// Raise and catch: call the module-level function `function` (fresh arguments) K then 2K
    /// times. An exception it lets out is caught by the scenario and, with `keepException`, stored
    /// in a long-lived list (as code that logs errors for later does); one it catches itself is
    /// its own business (`except … as e` unbinds `e`; `sys.exc_info()` kept in a local makes a
    /// frame ⇄ traceback cycle). A kept exception keeps its traceback, the frames and their locals.
    public func raiseAndCatch(function name: String, keepException: Bool = false,
                              collector: CollectorMode = .both) -> SimulationOutcome {
        var description = ScenarioDescription(kind: .raiseAndCatch, target: name, steps: options.calls)
        description.parameter = keepException ? "kept" : nil
        guard let def = moduleFunction(name) else { return noEntry(name, description) }
        // Where a caught exception can be stored or handed on: a refutation needs them reached.
        var sites = Set<Int>()
        for handlerName in Self.caughtNames(def.body) {
            sites.formUnion(StoreSites(module: module, function: def, parameter: handlerName, facts: storeSiteFacts).offsets)
        }
        let storeSites = sites.sorted()
        return drive({ gc in
            let results = StepResults()
            return ScenarioPlan(
                description: description, gc: gc, storeSites: storeSites, targetFunction: def.id, traceName: def.qualifiedName, persistenceWindow: false,
                prepare: { interp in
                    var run = PreparedRun()
                    guard let f = run.importedFunction(def, interp) else { return run }
                    // The scenario's own long-lived list of caught exceptions (a root).
                    var kept: ObjID?
                    if keepException {
                        let list = interp.heap.allocate("list", .list([]))
                        interp.heap.roots.append(("scenario's kept exceptions", list))
                        kept = list
                    }
                    let frame = interp.moduleFrame()
                    run.entries = [{ i in
                        let (args, kwargs) = i.freshArguments(for: def, skippingFirst: false)
                        do {
                            return try i.call(f, args, kwargs, site: def.range.lowerBound, frame: frame)
                        } catch Signal.raise(let exc) {
                            results.ids.append(exc)
                            if let kept, case .list(let items) = i.heap[kept].payload {
                                i.heap.objects[kept].payload = .list(items + [exc])
                            }
                            return exc
                        }
                    }]
                    run.measure = liveMeasure(interp)
                    run.escapeCandidates = { results.ids }
                    return run
                })
        }, collector: collector)
    }

    /// The names `except … as name` binds in a function body (nested functions excluded).
    static func caughtNames(_ body: [Stmt]) -> Set<String> {
        var names = Set<String>()
        var stack = body
        while let s = stack.popLast() {
            switch s.kind {
            case .tryStmt(let b, let handlers, let o, let f):
                stack += b + o + f
                for h in handlers {
                    if let n = h.name { names.insert(n) }
                    stack += h.body
                }
            case .ifStmt(_, let b, let o), .whileLoop(_, let b, let o), .forLoop(_, _, let b, let o, _): stack += b + o
            case .with(_, let b, _): stack += b
            case .match(_, let cases): stack += cases.flatMap(\.body)
            default: break
            }
        }
        return names
    }
}
