"""Counts retries per attempt number through the client's retry hooks."""


def track_retries(client, counter):
    def on_retry(attempt, status):
        counter[attempt] += 1

    client.policy.on_retry.append(on_retry)
    return client
