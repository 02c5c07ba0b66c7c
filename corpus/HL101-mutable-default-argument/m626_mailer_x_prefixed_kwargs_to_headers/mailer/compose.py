from .headers import split_headers


def compose(to, subject, headers={}, **extra):  # expect: HL101 confirmed
    """Build a message dict; x_* keywords become X-* headers."""
    options = split_headers(headers, extra)
    message = {"To": to, "Subject": subject, "priority": options.get("priority", 3)}
    for name, values in headers.items():
        message[name] = ", ".join(values)
    return message
