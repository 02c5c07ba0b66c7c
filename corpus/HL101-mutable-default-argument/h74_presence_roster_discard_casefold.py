"""Chat server presence: a set subclass of online nicknames, compared case-insensitively."""
import contextlib
import itertools


class Roster(set):
    def add(self, nick):
        super().add(nick.casefold())

    def discard(self, nick):
        super().discard(nick.casefold())

    def __contains__(self, nick):
        return super().__contains__(nick.casefold())


@contextlib.contextmanager
def online(nick, roster=Roster()):  # expect: HL101 refuted
    if nick in roster:
        raise ValueError(f"nickname {nick!r} is already online")
    roster.add(nick)
    try:
        yield roster
    finally:
        roster.discard(nick)


_connections = itertools.count()


def scenario():
    n = next(_connections)
    with online(f"Guest{n}") as roster:
        return len(roster), "guest%d" % n in roster
