"""Run book: the last row count written for each (task, unit), for the resume logic."""


def record_run(task, unit, rows, _runs={}):  # expect: HL101 confirmed
    """Remember that `task` wrote `rows` rows for `unit`; returns the previous count."""
    previous = _runs.get((task, unit))
    _runs[(task, unit)] = rows
    return previous


def changed(previous, rows):
    return previous is None or previous != rows
