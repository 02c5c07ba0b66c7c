"""Counts retries per attempt number through the client's retry hooks."""
import dataclasses


def track_retries(client, counter):
    def on_retry(attempt, status):
        counter[attempt] += 1

    hooks = [*client.policy.on_retry, on_retry]
    client.policy = dataclasses.replace(client.policy, on_retry=hooks)
    return client
