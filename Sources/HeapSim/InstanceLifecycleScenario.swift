import PythonModel

extension ModuleSimulation {
    /// Instance lifecycle: create an instance of the module-level class `className` (fresh
    /// arguments for `__init__`) and drop it, K then 2K times; measure what stays alive, with
    /// reference counting only and with the cyclic collector (`collector`). A self-cycle survives
    /// reference counting and is freed by the collector; with `__del__` it is collected since 3.4
    /// (PEP 442) and goes to `gc.garbage` before; an instance stored somewhere long-lived grows.
    public func instanceLifecycle(className: String, collector: CollectorMode = .both) -> SimulationOutcome {
        let k = options.calls
        let description = ScenarioDescription(kind: .instanceLifecycle, target: className, steps: k)
        guard let cls = module.classes.first(where: { $0.name == className && $0.enclosingFunction == nil }) else {
            return SimulationOutcome(verdict: .unknown, evidence: ScenarioEvidence(scenario: description, assumptions: [.noEntry(className)]),
                                     reason: .assumption(.noEntry(className)))
        }
        let initializer = cls.methods.first { $0.name == "__init__" }
        return drive({ gc in
            var d = description
            d.collector = gc
            let results = StepResults()
            return ScenarioPlan(
                description: d, gc: gc,
                // Statements of `__init__` that store `self` somewhere or hand it on: a refutation needs them reached.
                storeSites: initializer.map { StoreSites(module: module, function: $0, parameter: "self").offsets } ?? [],
                targetFunction: initializer?.id, traceName: cls.qualifiedName, persistenceWindow: false,
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
                        return instance
                    }]
                    run.measure = liveMeasure(interp)
                    run.escapeCandidates = { results.ids }
                    run.retained = newObject(interp, ofType: className)
                    return run
                })
        }, collector: collector)
    }
}
