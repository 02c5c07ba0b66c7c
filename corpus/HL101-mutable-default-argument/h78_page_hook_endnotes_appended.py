"""Page renderer: each page body is laid out, then the caller's on_page hook may decorate it or add endnotes."""
import itertools
import textwrap

PAGE_CHARS = 60


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 21 (heaplint: unknown)
def render_pages(text, on_page=None, endnotes=[]):  # expect: HL101 confirmed
    pages = []
    for number, body in enumerate(textwrap.wrap(text, PAGE_CHARS), 1):
        page = {"number": number, "body": body}
        if on_page is not None:
            on_page(page, endnotes)
        pages.append(page)
    if endnotes:
        pages.append({"number": len(pages) + 1, "body": "\n".join(endnotes)})
    return pages


def cite_sources(page, endnotes):
    if "[" in page["body"]:
        endnotes.append(f"p.{page['number']}: {page['body'][:24]}")


def footer(page, endnotes):
    page["footer"] = f"Page {page['number']} - {len(endnotes)} endnotes"


_articles = itertools.count()


def scenario():
    n = next(_articles)
    text = f"Quarterly results for region {n} [1] were strong. " * 3 + f"Outlook {n} stays positive."
    return render_pages(text, on_page=cite_sources)
