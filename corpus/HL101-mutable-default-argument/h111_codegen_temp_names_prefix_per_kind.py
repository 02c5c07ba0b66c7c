"""Comprehension lowering pass: every comprehension in a generated function
becomes a loop over fresh temporaries. The allocator is bound per kind with
functools.partial; its counters default to one shared defaultdict keyed by
prefix, and there is one prefix per kind, so the module's names stay unique."""
import collections
import functools
import itertools

_funcs = itertools.count()


def fresh_name(prefix, counters=collections.defaultdict(itertools.count)):  # expect: HL101 refuted
    return f"{prefix}_{next(counters[prefix])}"


def lower_function(func_name, comprehensions):
    acc_name = functools.partial(fresh_name, "_acc")
    var_name = functools.partial(fresh_name, "_it")
    lines, acc = [f"def {func_name}(rows):"], "None"
    for target, expr, source in comprehensions:
        acc, var = acc_name(), var_name()
        lines.append(f"    {acc} = []")
        lines.append(f"    for {var} in {source}:")
        lines.append(f"        {acc}.append({expr.replace(target, var)})")
    lines.append(f"    return {acc}")
    return "\n".join(lines)


def scenario():
    n = next(_funcs)
    comps = [("r", "r.total", "rows"), ("x", f"x * {n}", f"range({n % 7})")]
    return lower_function(f"report_{n}", comps)
