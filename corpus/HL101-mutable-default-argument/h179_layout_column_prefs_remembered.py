"""Table renderer: column_layout() merges per-table column widths over the
base layout (the default dict). With remember=True the widths are written
into the base and the base itself is returned, so every rendered table's
column keys pile up in the shared default."""
import itertools

_ids = itertools.count()


def column_layout(widths, remember=False, base={"indent": 2, "width": 80}):  # expect: HL101 confirmed
    if remember:
        base.update(widths)
        return base
    return {**base, **widths}


def render(table_id):
    widths = {f"t{table_id}.name": 24, f"t{table_id}.total": 10}
    layout = column_layout(widths, remember=True)
    return sum(v for k, v in layout.items() if k.startswith(f"t{table_id}."))


def scenario():
    return render(next(_ids))
