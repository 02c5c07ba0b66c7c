from . import escaping as E
from .builder import Builder


def render_table(header, rows):
    out = Builder()
    out.write("<table><tr>")
    for title in header:
        out.add("th", E.esc(title))
    out.write("</tr>")
    for row in rows:
        out.write("<tr>")
        for cell in row:
            out.add("td", E.esc(cell))
        out.write("</tr>")
    out.write("</table>")
    return out.getvalue()


def summary_row(label, total, out=Builder()):  # expect: HL101 confirmed
    out.write('<table class="summary"><tr>')
    out.add("th", E.esc(label))
    out.add("td", f"{total:.2f}", id=E.slug(label))
    out.write("</tr></table>")
    return out.drain()
