"""Audit sinks the app binds as providers."""


def audit_line(request_id, event, source="app"):
    return f"[{source}] {request_id} {event}"
