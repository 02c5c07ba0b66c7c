"""Admin UI: render the save button of each record's edit form."""
import itertools

from forms import save_button

_records = itertools.count()


def scenario():
    n = next(_records)
    html = save_button(f"invoice-{n}").render()
    return html
