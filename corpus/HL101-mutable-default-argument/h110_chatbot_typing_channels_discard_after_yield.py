"""Chat bot: while a command handler runs, the bot shows "typing..." in the
channel. The `typing()` context manager tracks the active channels in a set
default that the heartbeat task reads; it discards the channel after the
`yield` with no try/finally, so a handler that raises (an unknown command)
leaves its channel in the set."""
import contextlib
import itertools

_messages = itertools.count()


class CommandError(Exception):
    pass


@contextlib.contextmanager
def typing(channel, active=set()):  # expect: HL101 confirmed
    active.add(channel)
    yield channel
    active.discard(channel)


def run_command(channel, text):
    with typing(channel):
        name, _, arg = text.partition(" ")
        if name == "!roll":
            return "%s rolled %d" % (channel, sum(map(ord, arg)) % 6 + 1)
        raise CommandError("unknown command %r" % name)


def scenario():
    n = next(_messages)
    channel = "#room-%d" % n
    rolled = run_command(channel, "!roll d%d" % n)
    try:
        reply = run_command(channel, "!weather berlin")
    except CommandError as exc:
        reply = "sorry: %s" % exc
    return rolled, reply
