"""UI state: clicking a row toggles it in the selected set; each row is clicked on and then off again."""
import itertools


def toggle(row_id, selected=set()):  # expect: HL101 refuted
    if row_id in selected:
        selected.remove(row_id)
    else:
        selected.add(row_id)
    return len(selected)


_rows = itertools.count()


def scenario():
    n = next(_rows)
    row = f"row-{n}"
    toggle(row)
    return toggle(row)
