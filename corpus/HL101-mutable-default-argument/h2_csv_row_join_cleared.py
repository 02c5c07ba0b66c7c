"""CSV writer: builds each row in a scratch default list and clears it after joining."""
import itertools


def render_row(cells, sep=",", parts=[]):  # expect: HL101 refuted
    for cell in cells:
        text = str(cell)
        if sep in text or '"' in text:
            text = '"' + text.replace('"', '""') + '"'
        parts.append(text)
    line = sep.join(parts)
    del parts[:]
    return line + "\n"


_rows = itertools.count()


def scenario():
    n = next(_rows)
    render_row([n, f"customer {n}", f"note, with comma {n}", n * 2.5])
