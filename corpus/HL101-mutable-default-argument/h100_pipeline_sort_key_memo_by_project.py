"""Changelog builder: entries are ordered by project (in a fixed precedence)
and then by ticket number, for sorted() and max() alike. Only the project
part of the key is memoised in the dict default; the projects come from a
fixed set, so the memo stops growing once each has been seen."""
import itertools

_releases = itertools.count()
PROJECT_ORDER = ("CORE", "API", "WEB", "OPS")


def ticket_key(ticket, _projects={}):  # expect: HL101 refuted
    project, _, number = ticket.partition("-")
    rank = _projects.get(project)
    if rank is None:
        known = project in PROJECT_ORDER
        rank = _projects[project] = (PROJECT_ORDER.index(project) if known else len(PROJECT_ORDER), project.lower())
    return rank + (int(number),)


def render_changelog(entries):
    ordered = sorted(entries, key=lambda entry: ticket_key(entry[0]))
    newest = max(entries, key=lambda entry: ticket_key(entry[0]))
    lines = ["- {}: {}".format(ticket, text) for ticket, text in ordered]
    return "\n".join(lines), newest[0]


def scenario():
    n = next(_releases)
    entries = [("%s-%d" % (PROJECT_ORDER[i % 4], n * 3 + i), "change %d" % i) for i in (2, 0, 1, 3)]
    return render_changelog(entries)
