"""Builder: resolve the rule for a target's kind and turn it into actions.

Every target also gets a generated `<name>.stamp` rule, so its version stamp
is rebuilt together with it.
"""
from .rules import RuleRegistry


def build(name, kind, srcs):
    registry = RuleRegistry()

    @registry.register(f"{name}.stamp")
    def stamp(target, inputs):
        return {"name": f"{target}.stamp", "cmd": ["stamp", "--inputs", str(len(inputs))]}

    action = registry.lookup(kind)(name, list(srcs))
    action["inputs"] = len(srcs)
    return [action, registry.lookup(f"{name}.stamp")(name, srcs)]
