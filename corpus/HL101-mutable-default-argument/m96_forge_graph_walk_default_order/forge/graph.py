"""Dependency graph walks over {target: [deps]} mappings."""


def walk(
    target,
    deps,
    visited=set(),  # expect: HL101 refuted
    order=[],  # expect: HL101 confirmed
):
    """Post-order DFS: every dependency comes before the targets that need it."""
    if target in visited:
        return order
    visited.add(target)
    for dep in deps.get(target, ()):
        walk(dep, deps, visited, order)
    order.append(target)
    return order


def roots(deps):
    needed = {dep for targets in deps.values() for dep in targets}
    return sorted(t for t in deps if t not in needed)
