from .policy import Rule


def grant(policy, pattern):
    policy.rules().append(Rule(pattern))
    return policy


def allowed(policy, action):
    return any(rule.matches(action) for rule in policy.rules())
