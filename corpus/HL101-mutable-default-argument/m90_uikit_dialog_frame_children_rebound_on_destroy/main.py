"""File manager: the user deletes a different selection each time."""
import itertools

import app

_selections = itertools.count(1)


def scenario():
    n = next(_selections)
    paths = [f"invoices/{n}/page-{i}.pdf" for i in range(3)]
    return len(app.confirm_delete(paths))
