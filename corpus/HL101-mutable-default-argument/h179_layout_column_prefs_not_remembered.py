"""Table renderer: column_layout() merges per-table column widths over the
base layout (the default dict). With remember=True the widths would be
written into the base; these renders pass remember=False, so the function
returns a fresh merged dict and the base is only read."""
import itertools

_ids = itertools.count()


def column_layout(widths, remember=False, base={"indent": 2, "width": 80}):  # expect: HL101 refuted
    if remember:
        base.update(widths)
        return base
    return {**base, **widths}


def render(table_id):
    widths = {f"t{table_id}.name": 24, f"t{table_id}.total": 10}
    layout = column_layout(widths, remember=False)
    return sum(v for k, v in layout.items() if k.startswith(f"t{table_id}."))


def scenario():
    return render(next(_ids))
