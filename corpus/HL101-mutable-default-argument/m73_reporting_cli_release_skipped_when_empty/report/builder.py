"""builder: accumulate a report's lines, then render them as one block of text."""


def buffer(_lines=[]):  # expect: HL101 confirmed
    """Lines of the report(s) being built; a nested section shares its parent's buffer."""
    return _lines


def begin(title):
    """Start a report or section; returns the mark to render and release it with."""
    mark = len(buffer())
    buffer().append(f"== {title} ==")
    return mark


def add_row(cells, align={"qty": ">", "amount": ">"}):  # expect: HL101 refuted
    buffer().append("  ".join(f"{value:{align.get(name, '<')}10}" for name, value in cells.items()))


def render(mark):
    return "\n".join(buffer()[mark:])
