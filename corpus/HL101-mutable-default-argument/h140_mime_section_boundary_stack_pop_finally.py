"""MIME writer: nested multipart sections track their open boundaries on a
stack passed as a default argument to a contextlib context manager. The pop
runs in a finally clause, so a text part that fails to encode as 7bit (and
is retried as base64 by the caller) still closes its boundary."""
import base64
import contextlib
import itertools

_msgs = itertools.count()


@contextlib.contextmanager
def section(boundary, out, stack=[]):  # expect: HL101 refuted
    stack.append(boundary)
    out.append("--" + boundary)
    try:
        yield len(stack)
    finally:
        stack.pop()
        out.append("--%s--" % boundary)


def render(text, n):
    out = ["Content-Type: multipart/mixed; boundary=outer-%d" % n]
    with section("outer-%d" % n, out):
        try:
            with section("alt-%d-%s" % (n, "x" * 24), out):
                out.append(text.encode("ascii").decode("ascii"))
        except UnicodeEncodeError:
            out.append(base64.b64encode(text.encode("utf-8")).decode("ascii"))
    return "\r\n".join(out)


def scenario():
    n = next(_msgs)
    return len(render("Ihre Bestellung %d wurde versandt. Gr\u00fc\u00dfe" % n, n))
