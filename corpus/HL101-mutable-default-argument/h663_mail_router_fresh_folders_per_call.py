"""Mail router: each message header line `To: team@...` is routed to a
team folder. The default `dict.fromkeys(TEAMS, [])` is only used for its
keys: every call builds `{team: [] ...}` with a new list per team, so the
subjects go into this call's folders and the shared list stays empty."""
import itertools

_messages = itertools.count()
TEAMS = ("billing", "support", "security")


def route(header, subject, folders=dict.fromkeys(TEAMS, [])):  # expect: HL101 refuted
    routed = {team: [] for team in folders}
    _, _, address = header.partition(":")
    team = address.strip().split("@", 1)[0].lower()
    if team not in routed:
        team = "support"
    routed[team].append(subject)
    return team, len(routed[team])


def scenario():
    n = next(_messages)
    header = f"To: {TEAMS[n % 3].upper()}@corp.example"
    return route(header, f"Re: case {n} - invoice {n * 7}")
