"""Channel plugin: SMS through a batching gateway."""


def send(subject, to, queue=[]):  # expect: HL101 refuted
    """Queue one SMS; the gateway picks up `queue` in batches."""
    queue.append(f"{to}: {subject[:160]}")
    return len(queue)
