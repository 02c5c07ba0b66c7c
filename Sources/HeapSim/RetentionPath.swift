extension Interpreter {
    /// The shortest chain of references from a root to `target`, labelled like objgraph's back-reference chains.
    func retentionPath(to target: ObjID) -> [PathStep] {
        var parent: [ObjID: (from: ObjID, label: String)] = [:]
        var rootLabel: [ObjID: String] = [:]
        var queue: [ObjID] = []
        var seen = Set<ObjID>()
        let roots: [(String, ObjID)] = heap.roots.map { ($0.label, $0.id) } + heap.garbage.map { ("gc.garbage", $0) }
        for (label, id) in roots where !seen.contains(id) {
            seen.insert(id)
            rootLabel[id] = label
            queue.append(id)
        }
        var head = 0
        var found = rootLabel[target] != nil
        while head < queue.count, !found {
            let id = queue[head]
            head += 1
            for e in heap.edges(id) where !seen.contains(e.target) && !heap.objects[e.target].freed {
                seen.insert(e.target)
                parent[e.target] = (id, e.label)
                if e.target == target { found = true; break }
                queue.append(e.target)
            }
        }
        guard found else { return [] }
        var chain: [(from: ObjID, label: String, to: ObjID)] = []
        var cur = target
        while let p = parent[cur] {
            chain.append((p.from, p.label, cur))
            cur = p.from
            if chain.count > 64 { break }
        }
        chain.reverse()
        var steps = [pathStep(rootLabel[cur] ?? "root", cur)]
        for link in chain {
            steps.append(pathStep(stepLabel(from: link.from, edge: link.label, to: link.to), link.to))
        }
        return steps
    }

    /// A step for `id`, naming the module whose code made it when that is not the simulated module.
    func pathStep(_ label: String, _ id: ObjID) -> PathStep {
        let origin = heap.objects[id].origin
        if let u = heap.unitOf[id], u != 0, u < units.count {
            return PathStep(label, origin: nil, module: units[u].name, moduleOrigin: origin)
        }
        if case .module(let name, _) = heap.objects[id].payload, id != moduleObject {
            return PathStep(label, origin: nil, module: name, moduleOrigin: nil)
        }
        return PathStep(label, origin: origin)
    }

    func stepLabel(from: ObjID, edge: String, to: ObjID) -> String {
        let t = displayType(to)
        let named: Bool
        switch heap.objects[from].payload {
        case .module, .classObject: named = true
        default: named = false
        }
        if named {
            switch heap.objects[to].payload {
            case .function: return "function \(edge)"
            case .classObject: return "class \(edge)"
            default: return "\(edge) (\(t))"
            }
        }
        switch heap.objects[from].payload {
        case .list, .deque, .tuple, .set, .registry: return "item (\(t))"
        case .dict:
            return edge.hasPrefix("key ") ? "key (\(t))" : "\(edge) (\(t))"
        default: return "\(edge) (\(t))"
        }
    }

    /// The subgraph of `objects` as Graphviz DOT; `highlight` marks the objects that grew.
    func dot(of objects: Set<ObjID>, highlight: Set<ObjID>, limit: Int = 200) -> String {
        let ids = objects.sorted().prefix(limit)
        let included = Set(ids)
        var out = "digraph retained {\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\"];\n"
        for id in ids {
            var label = escapeDOT(displayType(id))
            if let c = heap.objects[id].constant { label += "\\n" + escapeDOT(String(c.prefix(30))) }
            let style = highlight.contains(id) ? ", style=filled, fillcolor=\"#ffd7d7\"" : ""
            out += "  o\(id) [label=\"\(label)\"\(style)];\n"
        }
        for id in ids {
            for e in heap.edges(id) where included.contains(e.target) {
                out += "  o\(id) -> o\(e.target) [label=\"\(escapeDOT(e.label))\"];\n"
            }
        }
        if objects.count > limit { out += "  truncated [label=\"… \(objects.count - limit) more objects\", shape=plaintext];\n" }
        return out + "}\n"
    }

    private func escapeDOT(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
