"""Survey export: each call exports one survey's answers with the configured exporter.

Every survey has its own question ids, so each export meets new column names.
"""
import itertools

import exporters

_surveys = itertools.count(1)
FORMAT = "tabular"


def scenario():
    n = next(_surveys)
    rows = [
        {"respondent": f"r{n}-{i}", f"q{n}_rating": i, f"q{n}_comment": "ok" * i}
        for i in range(3)
    ]
    text = exporters.get(FORMAT).export(rows)
    assert text.count("\n") == 3, text
    return text
