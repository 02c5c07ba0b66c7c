extension Interpreter {
    /// Roots for a collection: the heap's roots plus every live frame's locals and cells.
    func rootIDs() -> [ObjID] {
        var ids = heap.roots.map(\.id) + heap.garbage
        for f in liveFrames {
            ids += f.locals.values
            ids += f.cells.values
            if let h = f.handling { ids.append(h) }
        }
        // The loop holds the callbacks it has not run yet, and their arguments.
        for s in scheduled { ids += [s.callee] + s.args + s.kwargs.map(\.1) }
        return ids
    }

    /// Frees what CPython would free at this point: reference counting always; the cyclic
    /// collector when `gc` is true. Finalizers run once (PEP 442 from 3.4); before 3.4 a cycle
    /// with a finalizer goes to `gc.garbage`. Objects a finalizer resurrects stay alive.
    func collect(gc: Bool) throws {
        collecting += 1
        defer { collecting -= 1 }
        if let budget {
            budget.remaining -= heap.objects.count
            if budget.remaining <= 0 { throw Signal.abort(.limit(.budgetSpent(beforeStart: false))) }
        }
        for _ in 0..<4 {
            let reach = heap.reachable(from: rootIDs())
            let survivors = heap.survivorsOfRefcounting(reachable: reach)
            var dying: [ObjID] = []
            for id in 0..<heap.objects.count where !reach[id] && !heap.objects[id].freed {
                if !survivors[id] || gc { dying.append(id) }
            }
            if dying.isEmpty { return }
            if gc && !pep442 {
                // Before 3.4, the collector refuses cycles whose objects have __del__: they go to gc.garbage.
                let stuck = dying.filter { survivors[$0] && heap.objects[$0].hasFinalizer }
                if !stuck.isEmpty {
                    heap.garbage += stuck
                    let nowReach = heap.reachable(from: rootIDs())
                    dying = dying.filter { !nowReach[$0] }
                }
            }
            let finalize = dying.filter { heap.objects[$0].hasFinalizer && !heap.objects[$0].finalized }
            if finalize.isEmpty {
                // A suspended generator that dies is closed (its thread ends; no more of its code runs).
                // (GeneratorExit at its `yield`: its `finally` blocks run; what they raise is ignored.)
                for id in dying where coroutines[id] != nil {
                    do { try closeCoroutine(id) } catch Signal.raise {}
                }
                for id in dying { heap.objects[id].freed = true }
                purgeWeakContainers()
                try runWeakrefCallbacks()
                return
            }
            for id in finalize {
                heap.objects[id].finalized = true
                try runFinalizer(id)
            }
            // A finalizer may have stored its object somewhere long-lived: look again.
        }
    }

    func runFinalizer(_ id: ObjID) throws {
        guard case .instance(let cls, _) = heap[id].payload, let del = mroLookup(cls, "__del__") else { return }
        // Exceptions in __del__ are printed and ignored by CPython.
        try callFromRuntime(try bindIfFunction(del, to: id, site: heap[id].origin ?? 0), [], site: heap[id].origin ?? 0)
    }

    func isAlive(_ id: ObjID) -> Bool { !heap.objects[id].freed }
}

extension Interpreter {
    /// `weakref.ref(obj, callback)`: when obj dies, CPython calls callback(ref) (if the ref is alive).
    func runWeakrefCallbacks() throws {
        for id in 0..<heap.objects.count where !heap.objects[id].freed && !heap.objects[id].callbackDone {
            guard case .weakref(let target?) = heap.objects[id].payload, heap.objects[target].freed,
                  let cb = heap.objects[id].callback else { continue }
            heap.objects[id].callbackDone = true
            if typeName(id) == "finalize" {
                // A weakref.finalize: its call runs once, and the module forgets it.
                let reg = registry("weakref.finalize registry")
                removeFromRegistry(reg, id)
                removeFromRegistry(reg, cb)
                try callFromRuntime(cb, [], site: heap.objects[id].origin ?? 0)
                continue
            }
            try callFromRuntime(cb, [id], site: heap.objects[id].origin ?? 0)
        }
    }

    /// Weak containers lose the entries whose referent died.
    func purgeWeakContainers() {
        for id in 0..<heap.objects.count where !heap.objects[id].freed {
            guard case .weakContainer(let kind, let store) = heap.objects[id].payload else { continue }
            var s = store
            for (k, v) in zip(store.keys, store.values)
            where (kind != "WeakValueDictionary" && heap.objects[k].freed) || (kind == "WeakValueDictionary" && heap.objects[v].freed) {
                s.remove(heap.valueKey(k))
            }
            heap.objects[id].payload = .weakContainer(kind: kind, store: s)
        }
    }
}

extension Interpreter {
    /// Reachable from the roots (module globals, registries, live frames) right now.
    func isReachable(_ id: ObjID) -> Bool {
        let reach = heap.reachable(from: rootIDs())
        return id < reach.count && reach[id]
    }

    /// Where an exception object was made (its `raise`, or the operation that failed).
    /// Where the exception was made, in the simulated module's source (nil when another module's code made it).
    func raiseOrigin(_ exc: ObjID) -> Int? { (heap.unitOf[exc] ?? 0) == 0 ? heap[exc].origin : nil }
}
