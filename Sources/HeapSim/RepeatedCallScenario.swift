import PythonModel

extension ModuleSimulation {
    /// Repeated call: call the module-level callable `function` with fresh arguments K then 2K
    /// times, dropping results, and measure everything reachable from the roots (the CPython
    /// oracle's measure for the corpus's `scenario()`). HL101's scenario is the same kind with the
    /// growth measured under one default (`defaultArgument`, DefaultArgumentScenario.swift).
    public func repeatedCall(function name: String, collector: CollectorMode = .withCollector) -> SimulationOutcome {
        let def = moduleFunction(name)
        let description = ScenarioDescription(kind: .repeatedCall, target: name, drive: .direct, steps: options.calls)
        return drive({ gc in
            ScenarioPlan(
                description: description, gc: gc, targetFunction: def?.id, traceName: def?.qualifiedName ?? name, persistenceWindow: false,
                prepare: { interp in
                    var run = PreparedRun()
                    guard let fn = interp.global(name) else {
                        run.missing = .noEntry(name)
                        return run
                    }
                    let frame = interp.moduleFrame()
                    run.entries = [{ i in
                        let (args, kwargs) = def.map { i.freshArguments(for: $0, skippingFirst: false) } ?? ([], [])
                        return try i.call(fn, args, kwargs, site: 0, frame: frame)
                    }]
                    run.measure = { interp.measureAll() }
                    return run
                })
        }, collector: collector)
    }
}
