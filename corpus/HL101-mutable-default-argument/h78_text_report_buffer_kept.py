"""Plain-text report renderer: a centred title, then label/value rows aligned into a text buffer."""
import io
import itertools
import textwrap

WIDTH = 48
LABEL_WIDTH = 16


def render_report(title, rows, out=io.StringIO()):  # expect: HL101 confirmed
    out.write(f" {title} ".center(WIDTH, "=") + "\n")
    for label, value in rows:
        lines = textwrap.wrap(str(value), WIDTH - LABEL_WIDTH - 1) or [""]
        out.write(f"{label:<{LABEL_WIDTH}} {lines[0]}\n")
        for extra in lines[1:]:
            out.write(" " * (LABEL_WIDTH + 1) + extra + "\n")
    out.write("=" * WIDTH + "\n")
    text = out.getvalue()
    return text


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    rows = [
        ("Job", f"nightly-export-{n}"),
        ("Records", n * 17),
        ("Notes", f"Exported batch {n} to the archive bucket without warnings."),
    ]
    return render_report(f"Export {n}", rows)
