"""Chat bot: each call is one new message from one of a few regulars."""
import itertools

from chatbot import handle

_messages = itertools.count(1)
_USERS = ("alice", "bob", "carol", "dave", "erin")


def scenario():
    n = next(_messages)
    user = _USERS[n % len(_USERS)]
    return [
        handle(user, f"/remind call supplier {n}"),
        handle(user, "/whoami"),
        handle(user, "/dance"),
    ]
