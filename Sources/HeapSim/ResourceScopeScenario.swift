import PythonModel

extension ModuleSimulation {
    /// Type names of the objects the library models return for opened resources.
    static let resourceTypes: Set<String> = [
        "TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "FileIO", "socket", "Popen",
        "Connection", "SpooledTemporaryFile", "_TemporaryFileWrapper",
    ]

    /// Resource scope: call the module-level function `function` (fresh arguments) K then 2K
    /// times; after each, count the resources still open (alive and not closed). One closed by
    /// `with`, or dropped and so closed at once by reference counting (CPython's file objects),
    /// does not count; one stored somewhere long-lived and never closed grows per scope.
    public func resourceScope(function name: String, collector: CollectorMode = .withCollector) -> SimulationOutcome {
        let description = ScenarioDescription(kind: .resourceScope, target: name, steps: options.calls)
        guard let def = moduleFunction(name) else { return noEntry(name, description) }
        return drive({ gc in
            ScenarioPlan(
                description: description, gc: gc, targetFunction: def.id, traceName: def.qualifiedName, persistenceWindow: false,
                prepare: { interp in
                    var run = PreparedRun()
                    guard let f = run.importedFunction(def, interp) else { return run }
                    let frame = interp.moduleFrame()
                    run.entries = [{ i in
                        let (args, kwargs) = i.freshArguments(for: def, skippingFirst: false)
                        return try i.call(f, args, kwargs, site: def.range.lowerBound, frame: frame)
                    }]
                    run.measure = { interp.openResources() }
                    run.escapeCandidates = { interp.openResources().objects.sorted() }
                    return run
                })
        }, collector: collector)
    }
}

extension Interpreter {
    /// Resources alive and not closed, as a measurement (no slots: what grows is the count).
    func openResources() -> Measurement {
        var objects = Set<ObjID>()
        for id in 0..<heap.objects.count where !heap.objects[id].freed {
            let o = heap.objects[id]
            guard ModuleSimulation.resourceTypes.contains(o.typeName), o.constant != "closed" else { continue }
            objects.insert(id)
        }
        return Measurement(objects: objects, slots: 0, slotsByContainer: [:])
    }
}
