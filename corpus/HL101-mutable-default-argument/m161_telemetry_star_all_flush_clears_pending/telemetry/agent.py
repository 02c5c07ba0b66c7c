"""Agent client: formats buffered metrics in the statsd line protocol."""

AGENT_ADDRESS = ("127.0.0.1", 8125)


def format_line(key, value, kind="c"):
    metric, *tags = key
    suffix = "|#" + ",".join(tags) if tags else ""
    return f"{metric}:{value}|{kind}{suffix}"


def flush(pending, send=None):
    """Send one batch of counter totals; returns the payload size in bytes."""
    payload = "\n".join(format_line(key, total) for key, total in pending.items())
    if send is not None:
        send(payload.encode(), AGENT_ADDRESS)
    pending.clear()
    return len(payload)
