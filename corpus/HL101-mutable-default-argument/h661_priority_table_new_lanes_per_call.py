"""Ticket board: a JSON batch of `[lane, title, owner]` rows is laid out in
a table with one list per priority lane (0 = urgent .. 3 = someday). Each
call starts from a new table whose lanes are copies of the default's, so
the rows go into this batch's lanes only."""
import itertools
import json

_batches = itertools.count()


def layout(payload, table=[[], [], [], []]):  # expect: HL101 refuted
    table = [list(lane) for lane in table]
    for row in json.loads(payload):
        lane = int(row[0])
        if 0 <= lane < len(table):
            table[lane].append((row[1], row[2]))
    return [len(lane) for lane in table]


def scenario():
    n = next(_batches)
    rows = [[n % 4, f"ticket #{n}: flaky test", f"dev{n % 5}"], [(n + 2) % 4, f"ticket #{n}b", "triage"]]
    return layout(json.dumps(rows))
