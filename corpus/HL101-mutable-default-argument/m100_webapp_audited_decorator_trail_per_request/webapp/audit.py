"""Audit helpers: the trail is a list the caller owns."""


def register(trail, endpoint):
    trail.append(("endpoint", endpoint))


def record(trail, endpoint, request_id, status):
    trail.append(("call", endpoint, request_id, status))


def summary(trail):
    return f"{sum(1 for entry in trail if entry[0] == 'endpoint')} endpoints"
