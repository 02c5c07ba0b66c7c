"""Mail: a fluent EmailBuilder keeps its default headers dict on self and
header() stores into it and returns self. Each campaign message sets a
per-message tracking header; since builders share the default dict, those
headers accumulate across messages."""
import itertools


class EmailBuilder:
    def __init__(self, headers={}):  # expect: HL101 confirmed
        self.headers = headers

    def header(self, name, value):
        self.headers[name] = value
        return self

    def build(self, body):
        lines = [f"{k}: {v}" for k, v in self.headers.items()]
        return "\r\n".join(lines) + "\r\n\r\n" + body


_messages = itertools.count()


def scenario():
    n = next(_messages)
    b = EmailBuilder().header("To", f"user{n}@example.org")
    b.header(f"X-Track-{n}", f"campaign-{n % 7}-{n}")
    return len(b.header("Subject", "Spring sale").headers)
