"""Org chart: employees are __slots__ nodes; the report lists everyone under a manager, depth first, up to the first vacancy."""
import itertools


class Employee:
    __slots__ = ("name", "reports")

    def __init__(self, name, reports=()):
        self.name = name
        self.reports = tuple(reports)


def staff_under(manager, depth=0, found=[]):  # expect: HL101 refuted
    for report in manager.reports:
        if report.name is None:
            return found
        found.append((depth, report.name))
        staff_under(report, depth + 1, found)
    if depth > 0:
        return found
    result = list(found)
    found.clear()
    return result


_teams = itertools.count()


def scenario():
    n = next(_teams)
    team = Employee(f"lead{n}", [Employee(f"dev{n}", [Employee(f"intern{n}"), Employee(None)])])
    return staff_under(team)
