"""Build pipeline: tasks are dataclasses and a depth-first walk orders them so dependencies run first."""
import enum
import itertools
from dataclasses import dataclass, field


class Kind(enum.Enum):
    COMPILE, TEST, PACKAGE = "compile", "test", "package"


@dataclass
class Task:
    name: str
    kind: Kind
    deps: list = field(default_factory=list)
    env: dict = field(default_factory=dict)


def _visit(task, graph, order, done=set()):  # expect: HL101 confirmed
    if task.name in done:
        return
    done.add(task.name)
    for dep in task.deps:
        _visit(graph[dep], graph, order)
    order.append(task.name)


def execution_order(tasks):
    graph, order = {task.name: task for task in tasks}, []
    for task in tasks:
        _visit(task, graph, order)
    return order


_builds = itertools.count()


def scenario():
    n = next(_builds)
    lib, tests = Task(f"lib{n}", Kind.COMPILE), Task(f"test{n}", Kind.TEST, [f"lib{n}"])
    wheel = Task(f"wheel{n}", Kind.PACKAGE, [f"lib{n}", f"test{n}"], {"BUILD": str(n)})
    return execution_order([wheel, tests, lib])
