"""Retry policies: the default policy dict is returned to callers, which only read it."""


def retry_policy(overrides=None, policy={"retries": 3, "backoff": 0.5, "max_delay": 8.0}):  # expect: HL101 refuted
    if overrides:
        return {**policy, **overrides}
    return policy


def delay_for(attempt, policy):
    return min(policy["backoff"] * (2 ** attempt), policy["max_delay"])
