"""Rule registry, filled by the rule modules when the package is imported."""
import re


def rules(_table={}):  # expect: HL101 refuted
    """Token kind -> (compiled pattern, action), first registered is tried first."""
    return _table


def rule(pattern):
    def register(action):
        rules()[action.__name__] = (re.compile(pattern), action)
        return action
    return register
