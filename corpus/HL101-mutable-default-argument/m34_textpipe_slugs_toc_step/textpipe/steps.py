from .headings import iter_headings
from .pipeline import register_step


@register_step("title")
def extract_title(doc):
    for level, title, anchor in iter_headings(doc["lines"]):
        if level == 1:
            doc["title"], doc["anchor"] = title, anchor
            break
    return doc


@register_step("toc")
def build_toc(doc):
    doc["toc"] = [(lvl, t, a) for lvl, t, a in iter_headings(doc["lines"]) if lvl <= 3]
    return doc


@register_step("wordcount")
def count_words(doc):
    doc["words"] = sum(len(line.split()) for line in doc["lines"] if not line.startswith("#"))
    return doc
