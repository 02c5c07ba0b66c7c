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
# heaplint-todo: whether the nickname is already in the roster is a test on text the model does not know (heaplint: unknown)
def online(nick, roster=Roster()):  # expect: HL101 confirmed
    if nick in roster:
        raise ValueError(f"nickname {nick!r} is already online")
    roster.add(nick)
    try:
        yield roster
    finally:
        roster -= {nick}


_connections = itertools.count()


def scenario():
    n = next(_connections)
    with online(f"Guest{n}") as roster:
        return len(roster), "guest%d" % n in roster
