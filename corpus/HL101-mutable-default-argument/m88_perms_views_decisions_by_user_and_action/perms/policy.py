"""policy: role rules, registered by the view modules, plus a decision cache."""


def allow(action, roles, _rules={}):  # expect: HL101 refuted
    """View modules declare their rules at import time; returns the rule table."""
    _rules.setdefault(action, set()).update(roles)
    return _rules


RULES = allow("profile:view", {"viewer", "billing", "admin"})


def decide(user, action, _decisions={}):  # expect: HL101 confirmed
    """Evaluate each (user, action) once; later checks are a dict lookup."""
    key = (user["name"], action)
    if key not in _decisions:
        _decisions[key] = user["role"] in RULES.get(action, ())
    return _decisions[key]
