extension Interpreter {
    /// The shortest chain of references from a root to `target`, as structured steps (the rule
    /// words them like objgraph's back-reference chains).
    func retentionPath(to target: ObjID) -> [RetentionStep] {
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
        var steps = [RetentionStep(link: .root(rootLabel[cur] ?? "root"), object: objectRef(cur))]
        for link in chain {
            steps.append(RetentionStep(link: retentionLink(from: link.from, edge: link.label), object: objectRef(link.to)))
        }
        return steps
    }

    /// A shortest reference cycle through `start` (from it back to it), as steps; empty when it is in none.
    func cycle(through start: ObjID, limit: Int = 64) -> [RetentionStep] {
        var parent: [ObjID: (from: ObjID, label: String)] = [:]
        var queue = [start]
        var seen: Set<ObjID> = [start]
        var head = 0
        var closing: (from: ObjID, label: String)?
        search: while head < queue.count {
            let id = queue[head]
            head += 1
            for e in heap.edges(id) where !heap.objects[e.target].freed {
                if e.target == start { closing = (id, e.label); break search }
                guard seen.insert(e.target).inserted else { continue }
                parent[e.target] = (id, e.label)
                queue.append(e.target)
            }
        }
        guard let closing else { return [] }
        var chain: [(from: ObjID, label: String, to: ObjID)] = [(closing.from, closing.label, start)]
        var cur = closing.from
        while cur != start, let p = parent[cur], chain.count < limit {
            chain.append((p.from, p.label, cur))
            cur = p.from
        }
        chain.reverse()
        return [RetentionStep(link: .root("cycle"), object: objectRef(start))]
            + chain.map { RetentionStep(link: retentionLink(from: $0.from, edge: $0.label), object: objectRef($0.to)) }
    }

    /// How an edge of `from` labelled `edge` is named on a path.
    func retentionLink(from: ObjID, edge: String) -> RetentionLink {
        switch heap.objects[from].payload {
        case .module, .classObject: return .member(edge)
        case .list, .deque, .tuple, .set, .registry: return .item
        case .dict: return edge.hasPrefix("key ") ? .key : .edge(edge)
        default: return .edge(edge)
        }
    }

    /// The object `id` as a path names it.
    func objectRef(_ id: ObjID) -> ObjectRef {
        let kind: ObjectRef.Kind
        switch heap.objects[id].payload {
        case .module: kind = .module
        case .function: kind = .function
        case .classObject: kind = .classObject
        case .instance: kind = .instance
        case .list, .tuple, .dict, .set, .deque, .registry, .weakContainer: kind = .container
        case .frame: kind = .frame
        case .exception: kind = .exception
        case .traceback: kind = .traceback
        default: kind = .other
        }
        // Made by another module's code (or another module itself): that module, its own offset.
        var siteModule = module.name, foreign = false
        if let u = heap.unitOf[id], u != 0, u < units.count {
            (siteModule, foreign) = (units[u].name, true)
        } else if case .module(let name, _) = heap.objects[id].payload, id != moduleObject {
            (siteModule, foreign) = (name, true)
        }
        let site = heap.objects[id].origin.map { SourceRef(module: siteModule, offset: $0, foreign: foreign) }
            ?? (foreign ? SourceRef(module: siteModule, offset: -1, foreign: true) : nil)
        return ObjectRef(id: id, typeName: displayType(id), kind: kind, site: site)
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
