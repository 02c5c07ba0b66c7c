"""Deploy bot: each chat message is one slash command from an engineer."""
import itertools

from chatops import *

_messages = itertools.count(1)


def scenario():
    n = next(_messages)
    if n % 3 == 0:
        reply = handle(f"/rollback billing --to v{n - 1}")
    else:
        reply = handle(f"/deploy billing --ref v{n} --tags canary --tags build-{n}")
    return reply["command"], reply["service"], sorted(COMMANDS)
