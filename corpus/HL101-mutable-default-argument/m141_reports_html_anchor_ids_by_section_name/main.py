"""Billing: each monthly statement is rendered for the web portal and for the e-mail body."""
import itertools

from reports import HtmlRenderer, Report, TextRenderer

_statements = itertools.count()

RENDERERS = (HtmlRenderer(), TextRenderer())


def statement(n):
    lines = [(f"Plan {n % 4}", 1900 + n % 100), ("Extra seats", 3 * (n % 7))]
    sections = [("summary", [("Account", f"acct-{n}")]), ("charges", lines),
                ("total", [("Due", sum(v for _, v in lines))])]
    return Report(f"stmt-{n}", f"Statement {n}", sections)


def scenario():
    report = statement(next(_statements))
    return [len(r.render_page(report)) for r in RENDERERS]
