"""Payload validation: checks a payload against a list of allowed content types; only reads it."""


def check_content_type(headers, allowed):
    ctype = headers.get("Content-Type", "").split(";")[0].strip()
    if ctype not in allowed:
        raise ValueError(f"unsupported content type {ctype!r}")
    return ctype


def check_size(body, limit):
    if len(body) > limit:
        raise ValueError("payload too large")
    return len(body)
