"""Builder: resolve the rule for a target's kind and turn it into an action."""
from .rules import RuleRegistry


def build(name, kind, srcs):
    rule = RuleRegistry().lookup(kind)
    action = rule(name, list(srcs))
    action["inputs"] = len(srcs)
    return action
