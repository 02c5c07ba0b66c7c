"""Notifications: only messages past the display limit are kept as overflow; with two messages there never is any."""
import itertools

DISPLAY_LIMIT = 5


def show_notices(messages, overflow=[]):  # expect: HL101 refuted
    shown = messages[:DISPLAY_LIMIT]
    overflow.extend(messages[DISPLAY_LIMIT:])
    return shown, len(overflow)


def login_banner(user):
    return show_notices([f"welcome back {user}", f"{user}: 0 new alerts"])


_users = itertools.count()


def scenario():
    login_banner(f"user{next(_users)}")
