"""Docs outline: `open_sections` walks a page's tag tokens and yields each
heading with the stack of sections that enclose it. The page title lookup
takes only the first heading and drops the generator; the stack default
is only emptied after the loop, which the abandoned generator never
reaches, so the open sections of every page stay on the shared stack."""
import itertools

_pages = itertools.count()


def open_sections(tokens, stack=[]):  # expect: HL101 confirmed
    for tok in tokens:
        if tok.startswith("<section"):
            stack.append(tok)
        elif tok == "</section>":
            stack.pop()
        elif tok.startswith("<h"):
            yield len(stack), tok
    stack.clear()


def page_title(tokens):
    first = next(open_sections(tokens), None)
    return first[1] if first else None


def scenario():
    n = next(_pages)
    tokens = [f'<section id="guide-{n}">', f"<h1>Guide {n}", f'<section id="setup-{n}">',
              "<h2>Setup", "</section>", "</section>"]
    return page_title(tokens)
