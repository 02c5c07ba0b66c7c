"""Access control: an allowlist object that audits membership checks made with `in`."""
import itertools


class Allowlist:
    def __init__(self, names):
        self.names = frozenset(names)

    def __iter__(self):
        return iter(sorted(self.names))

    # heaplint-todo: grows only when called as outside code would; the application's own runs did not grow it, which is no proof for a value it hands on or a method the interpreter calls (heaplint: unknown)
    def __contains__(self, user, _audit=[]):  # expect: HL101 refuted
        _audit.append(user)
        return user in self.names


ADMINS = Allowlist(["root", "ops"])


def authorize(request):
    if request["user"] in ADMINS.names:
        return "admin"
    return "user" if request["user"].startswith("u") else "anonymous"


_reqs = itertools.count()


def scenario():
    n = next(_reqs)
    return authorize({"user": f"u{n}", "path": f"/orders/{n}"})
