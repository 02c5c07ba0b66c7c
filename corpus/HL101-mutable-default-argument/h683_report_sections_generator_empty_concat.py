"""Plain-text report splitter: `sections` yields (title, lines) for every
'## ' heading, handing out one shared empty list for headings without a
body. `render` closes each section with a footer on a new list, so the
shared empty list is only read."""
import itertools

_docs = itertools.count(1)


def sections(text, empty=[]):  # expect: HL101 refuted
    for block in text.split("## ")[1:]:
        title, _, body = block.partition("\n")
        lines = [line for line in body.splitlines() if line.strip()]
        yield title.strip(), lines or empty


def render(text, doc_id):
    out = []
    for title, lines in sections(text):
        lines = lines + ["-- end of %s (report %s)" % (title, doc_id)]
        out.append("\n".join([title.upper()] + lines))
    return "\n\n".join(out)


def scenario():
    n = next(_docs)
    text = "## Summary\nbuild %d green\n## Open issues\n## Notes\nrerun %d\n" % (n, n)
    return render(text, "r%05d" % n)
