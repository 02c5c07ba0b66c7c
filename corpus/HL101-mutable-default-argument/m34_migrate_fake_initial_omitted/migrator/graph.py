"""Dependency ordering for schema migrations."""


class CircularDependencyError(Exception):
    pass


def topo_order(migrations, applied=set()):  # expect: HL101 confirmed
    """Return the migrations still to run, dependencies first; marks them in `applied`."""
    by_name = {m.name: m for m in migrations}
    ordered, visiting = [], set()

    def visit(name):
        if name in applied:
            return
        if name in visiting:
            raise CircularDependencyError(" -> ".join(sorted(visiting | {name})))
        visiting.add(name)
        try:
            node = by_name[name]
        except KeyError:
            raise LookupError(f"missing dependency {name!r}") from None
        for dep in node.dependencies:
            visit(dep)
        visiting.discard(name)
        applied.add(name)
        ordered.append(node)

    for migration in migrations:
        visit(migration.name)
    return ordered
