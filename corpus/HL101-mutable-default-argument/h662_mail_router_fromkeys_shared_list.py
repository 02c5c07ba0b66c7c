"""Mail router: each message header line `To: team@...` is routed to a
team folder. The folder map is `dict.fromkeys(TEAMS, [])`, so every team
shares one list; `dict(folders)` copies the map but not that list, and
each routed subject is appended to the default's single shared list."""
import itertools

_messages = itertools.count()
TEAMS = ("billing", "support", "security")


def route(header, subject, folders=dict.fromkeys(TEAMS, [])):  # expect: HL101 confirmed
    routed = dict(folders)
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
