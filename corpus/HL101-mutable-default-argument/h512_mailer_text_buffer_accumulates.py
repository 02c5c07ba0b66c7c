"""Mailer: renders a plain-text body through a small buffer object.

The default TextBuffer is shared by every call and render_body only
appends to it, so each message's lines pile up in buffer.parts.
"""
import itertools

_messages = itertools.count()


class TextBuffer:
    def __init__(self):
        self.parts = []

    def write(self, line):
        self.parts.append(line)

    def reset(self):
        self.parts = []

    def getvalue(self):
        return "\n".join(self.parts)


def render_body(greeting, lines, buffer=TextBuffer()):  # expect: HL101 confirmed
    buffer.write(greeting)
    for line in lines:
        buffer.write("  * " + line)
    return buffer.getvalue()


def scenario():
    n = next(_messages)
    body = render_body("Hello user%d," % n, ["order %d shipped" % n, "invoice INV-%d attached" % n])
    return len(body)
