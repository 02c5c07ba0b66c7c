"""Unused-variable check: a generator records assignments per name and yields those never read; the IDE takes the first."""
import ast
import collections
import itertools


# heaplint-todo: the statement at line 19 that takes its items out again ends a generator, after tests heaplint could not decide: where they let it yield first, a consumer that stops taking items never resumes it there (heaplint: unknown)
def iter_unused(tree, _stores=collections.defaultdict(list)):  # expect: HL101 confirmed
    loads = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Name):
            continue
        if isinstance(node.ctx, ast.Store):
            _stores[node.id].append(node.lineno)
        else:
            loads.add(node.id)
    for name, lines in sorted(_stores.items(), key=lambda item: item[1][0]):
        if name not in loads and not name.startswith("_"):
            yield name, lines[0]
    _stores.clear()


def first_unused(source):
    for name, line in iter_unused(ast.parse(source)):
        return f"line {line}: '{name}' is assigned but never used"
    return None


_edits = itertools.count()


def scenario():
    n = next(_edits)
    return first_unused(f"total_{n} = 0\nrows_{n} = load({n})\nfor row in rows_{n}:\n    print(row)\n")
