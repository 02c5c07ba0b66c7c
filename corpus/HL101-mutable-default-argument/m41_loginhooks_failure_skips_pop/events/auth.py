"""Login telemetry receivers."""
from . import receiver


@receiver
def track_login(event, _inflight={}):  # expect: HL101 confirmed
    """Pair each login attempt with its outcome and report the latency."""
    key = (event.user, event.session)
    if event.kind == "attempt":
        _inflight[key] = event.ts
        return None
    if event.kind == "failure":
        return None
    started = _inflight.pop(key, None)
    if started is None:
        return None
    return ("login.latency", event.ts - started)


@receiver
def audit_line(event):
    if event.kind == "attempt":
        return None
    return ("audit", f"{event.ts} {event.user} login {event.kind}")
