"""Build system: orders the targets of a build graph so each target comes
after its dependencies. The recursive depth-first visit keeps `visited` and
`order` as defaults; when the top-level call (depth 0) finishes it copies
the order and clears both, so the next build starts from empty containers."""
import itertools

_ids = itertools.count()


def build_order(graph, target, depth=0,
                visited=set(),  # expect: HL101 refuted
                order=[]):  # expect: HL101 refuted
    if target not in visited:
        visited.add(target)
        for dep in graph.get(target, ()):
            build_order(graph, dep, depth + 1, visited, order)
        order.append(target)
    if depth == 0:
        result = list(order)
        order.clear()
        visited.clear()
        return result
    return order


def scenario():
    p = f"proj{next(_ids)}"
    graph = {f"{p}:app": [f"{p}:lib", f"{p}:assets"], f"{p}:lib": [f"{p}:codegen"],
             f"{p}:assets": [f"{p}:codegen"], f"{p}:codegen": []}
    return build_order(graph, f"{p}:app")
