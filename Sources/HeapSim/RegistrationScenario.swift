import PythonModel

extension ModuleSimulation {
    /// Registration: create an owner (an instance of the module-level class `ownerClass`), let it
    /// register — in `__init__`, or by calling its method `register` with fresh arguments — and
    /// drop the owner, K then 2K times, with the cyclic collector (a registry is a root: what it
    /// holds strongly survives it; a weak registry does not keep the owner).
    public func registration(ownerClass: String, register: String? = nil,
                             collector: CollectorMode = .withCollector) -> SimulationOutcome {
        let k = options.calls
        let description = ScenarioDescription(kind: .registration, target: register ?? ownerClass, steps: k)
        guard let cls = module.classes.first(where: { $0.name == ownerClass && $0.enclosingFunction == nil }) else {
            return SimulationOutcome(verdict: .unknown, evidence: ScenarioEvidence(scenario: description, assumptions: [.noEntry(ownerClass)]),
                                     reason: .assumption(.noEntry(ownerClass)))
        }
        let initializer = cls.methods.first { $0.name == "__init__" }
        let method = register.flatMap { name in cls.methods.first { $0.name == name } }
        if let register, method == nil {
            return SimulationOutcome(verdict: .unknown, evidence: ScenarioEvidence(scenario: description, assumptions: [.noEntry(register)]),
                                     reason: .assumption(.noEntry(register)))
        }
        let registering = method ?? initializer
        return drive({ gc in
            var d = description
            d.collector = gc
            let results = StepResults()
            return ScenarioPlan(
                description: d, gc: gc,
                // Where the owner (or a bound method of it) is handed to the registry.
                storeSites: registering.map { StoreSites(module: module, function: $0, parameter: "self").offsets } ?? [],
                targetFunction: registering?.id, traceName: (method ?? initializer)?.qualifiedName ?? cls.qualifiedName,
                persistenceWindow: false,
                prepare: { interp in
                    var run = PreparedRun()
                    guard let clsObj = interp.classObjects[cls.id] else {
                        run.missing = .callerNeverCreated(cls.qualifiedName)
                        return run
                    }
                    let frame = interp.moduleFrame()
                    run.entries = [{ i in
                        let owner = try i.instantiate(clsObj, cls, initializer: initializer, frame: frame)
                        results.ids.append(owner)
                        if let method, let f = (i.functionObjects[method.id] ?? []).first(where: { i.isAlive($0) }) {
                            let site = method.range.lowerBound
                            let (margs, mkwargs) = i.freshArguments(for: method, skippingFirst: true)
                            _ = try i.call(try i.bindIfFunction(f, to: owner, site: site), margs, mkwargs, site: site, frame: frame)
                        }
                        return owner
                    }]
                    run.measure = liveMeasure(interp)
                    run.escapeCandidates = { results.ids }
                    run.retained = newObject(interp, ofType: ownerClass)
                    return run
                })
        }, collector: collector)
    }
}
