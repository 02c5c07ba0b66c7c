"""HTTP client: computes the retry schedule from policies.retry_policy (called only here)."""
from policies import delay_for, retry_policy


def schedule(url, idempotent):
    policy = retry_policy() if idempotent else retry_policy({"retries": 0})
    delays = [delay_for(i, policy) for i in range(policy["retries"])]
    return {"url": url, "attempts": 1 + policy["retries"], "delays": delays}


def describe(plan):
    waits = ", ".join(f"{d:.1f}s" for d in plan["delays"]) or "no retries"
    return f"{plan['url']}: {plan['attempts']} attempt(s), {waits}"
