"""Import-cycle checker for a plugin loader: walks each plugin's dependency tree depth first."""
import itertools


def find_cycle(module, graph, stack=[]):  # expect: HL101 refuted
    if module in stack:
        return stack[stack.index(module):] + [module]
    stack = stack + [module]
    for dep in graph.get(module, ()):
        cycle = find_cycle(dep, graph, stack)
        if cycle:
            return cycle
    return None


def check_plugin(name, requires):
    graph = {name: requires}
    for req in requires:
        graph[req] = [f"{req}.compat"]
    cycle = find_cycle(name, graph)
    if cycle:
        raise ImportError(" -> ".join(cycle))
    return len(graph)


_plugins = itertools.count()


def scenario():
    n = next(_plugins)
    return check_plugin(f"plugin_{n}", [f"lib_{n}_core", f"lib_{n}_io"])
