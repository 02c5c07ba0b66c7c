"""Python rules."""
from .rules import RuleRegistry

_registry = RuleRegistry()


@_registry.register("py_library")
def py_library(name, srcs):
    return {"name": name, "cmd": ["python3", "-m", "compileall", "-q", *srcs]}


@_registry.register("py_binary")
def py_binary(name, srcs):
    main = srcs[0] if srcs else "__main__.py"
    return {"name": name, "cmd": ["zipapp", "--main", main, *srcs[1:]]}
