"""Protocol classes declare the commands they accept; subclasses add to what their bases accept."""
import itertools


def accumulate_class_list(cls, attr, acc=[], base=None):  # expect: HL101 refuted
    for b in cls.__bases__:
        accumulate_class_list(b, attr, acc, base)
    if base is None or base in cls.__bases__:
        for name in cls.__dict__.get(attr, ()):
            if name not in acc:
                acc.append(name)
    return acc


class LineProtocol:
    commands = ("QUIT", "NOOP")


class AuthMixin:
    commands = ("USER", "PASS")


class MailProtocol(LineProtocol, AuthMixin):
    commands = ("HELO", "MAIL", "RCPT", "DATA")

    def accepts(self, line):
        verb = line.split(" ", 1)[0].upper()
        return verb in accumulate_class_list(type(self), "commands")


_seq = itertools.count()


def scenario():
    n = next(_seq)
    proto = MailProtocol()
    return proto.accepts(f"mail from:<u{n}@example.org>"), proto.accepts("EHLO x")
