"""Renders rows as aligned text, with a totals footer."""
from .rows import with_footer


def render_table(title, rows=[]):  # expect: HL101 refuted
    lines = [title, "-" * len(title)]
    for label, amount in with_footer(rows, f"total ({title})"):
        lines.append(f"{label:<24}{amount:>10}")
    return "\n".join(lines)
