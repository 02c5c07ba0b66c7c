"""Client: plans retries from the policy it is given."""
from .policy import RetryPolicy


def fetch(url, policy=RetryPolicy()):  # expect: HL101 refuted
    plan = policy.delays()
    if policy.verbose:
        policy.note(url)
    return f"GET {url} (up to {len(plan)} tries, first wait {plan[0]}s)"
