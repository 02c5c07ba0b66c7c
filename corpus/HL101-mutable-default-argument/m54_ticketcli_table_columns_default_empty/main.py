"""Issue tracker CLI: `tickets list --show FIELD` for one sprint board per run."""
import itertools

import ticketcli.commands

_boards = itertools.count(1)


def scenario():
    n = next(_boards)
    field = f"sprint{n}.points"
    rows = [
        {"id": 100 * n + i, "title": f"Fix flaky test #{i}", "status": "open", field: i + 1}
        for i in range(3)
    ]
    return ticketcli.commands.list_tickets(["--show", field, "--sort=id"], rows)
