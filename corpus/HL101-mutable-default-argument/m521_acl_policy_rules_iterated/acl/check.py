from .policy import Rule


def grant(policy, pattern):
    policy.grants = getattr(policy, "grants", ()) + (Rule(pattern),)
    return policy


def allowed(policy, action):
    rules = [*policy.rules(), *getattr(policy, "grants", ())]
    return any(rule.matches(action) for rule in rules)
