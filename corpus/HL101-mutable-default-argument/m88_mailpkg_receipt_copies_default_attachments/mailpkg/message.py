"""message: the one place that assembles an outgoing message."""
import itertools

_ids = itertools.count(1)


def build_message(to, subject, body, headers={},  # expect: HL101 refuted
                  attachments=[]):  # expect: HL101 refuted
    """Return the message as a dict; templates may add parts before rendering."""
    hdrs = dict(headers)
    hdrs.update({"To": to, "Subject": subject})
    hdrs["Message-ID"] = f"<{next(_ids)}@mail.example.com>"
    return {"headers": hdrs, "body": body, "attachments": attachments}


def render(msg):
    lines = [f"{name}: {value}" for name, value in msg["headers"].items()]
    lines += ["", msg["body"]]
    for filename, data in msg["attachments"]:
        lines.append(f"[attachment {filename}, {len(data)} bytes]")
    return "\r\n".join(lines)
