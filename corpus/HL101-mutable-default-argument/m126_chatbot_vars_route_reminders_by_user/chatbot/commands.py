"""Slash commands; each takes (user, arg)."""


def cmd_remind(user, arg, pending={}):  # expect: HL101 refuted
    """Keep each user's latest reminder; the scheduler reads `pending` (it never runs here)."""
    pending[user] = f"{user}, don't forget: {arg}"
    return f"ok {user}, {len(pending)} reminders pending"


def cmd_whoami(user, arg, nicknames={"alice": "Al", "robert": "Bob"}):  # expect: HL101 refuted
    return f"you are {nicknames.get(user, user)}"
