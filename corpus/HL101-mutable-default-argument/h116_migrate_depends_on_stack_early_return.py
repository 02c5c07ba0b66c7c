"""Migration graph: `depends_on()` answers "does this migration need that
one?" with an iterative depth-first walk over a `stack` list default that is
reused between calls. It returns as soon as the ancestor is found, which
leaves the siblings still waiting on the stack."""
import itertools

_ids = itertools.count()


def depends_on(graph, node, ancestor, stack=[]):  # expect: HL101 confirmed
    seen = set()
    stack.append(node)
    while stack:
        current = stack.pop()
        if current == ancestor:
            return True
        if current in seen:
            continue
        seen.add(current)
        stack.extend(sorted(graph.get(current, ())))
    return False


def build_graph(app):
    names = ["%s.%s" % (app, name) for name in ("0001_initial", "0002_email", "0002_phone", "0003_merge")]
    return {names[1]: [names[0]], names[2]: [names[0]], names[3]: [names[1], names[2]]}


def scenario():
    graph = build_graph("billing_%d" % next(_ids))
    leaf = max(graph, key=lambda name: (len(graph[name]), name))
    return [depends_on(graph, leaf, dep) for dep in sorted(graph) if dep != leaf]
