"""Report renderer: every visible caller passes `lines` explicitly, so the default is latent."""
import itertools


def render_lines(items, lines=[]):  # expect: HL101 unknown
    for item in items:
        lines.append(f"- {item}")
    return lines


def render_report(title, items):
    return "\n".join([title] + render_lines(items, []))


def render_summary(items):
    return render_lines(items[:3], ["Top items:"])


_reports = itertools.count()


def scenario():
    n = next(_reports)
    items = [f"order {n}", f"refund {n}", f"invoice {n}", f"ticket {n}"]
    render_report(f"Daily report {n}", items)
    render_summary(items)
