"""builder: message dicts whose headers map a name to one value or a list."""

__all__ = ["build_message", "header_block"]


def build_message(to, subject, body="", headers={},  # expect: HL101 refuted
                  attachments=[]):  # expect: HL101 refuted
    headers["To"] = to
    headers["Subject"] = subject
    return {"headers": headers, "body": body, "attachments": attachments}


def _values(value):
    return value if isinstance(value, list) else [value]


def header_block(msg):
    return "\r\n".join(f"{name}: {v}" for name, value in msg["headers"].items()
                       for v in _values(value))
