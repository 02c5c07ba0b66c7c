"""Welcome mail for new subscribers of one campaign."""
import collections

OUTBOX = collections.deque(maxlen=16)


def send_welcome(campaign, user):
    OUTBOX.append((campaign, user["email"], f"Welcome to {campaign}, {user['name']}!"))
    return user["id"]
