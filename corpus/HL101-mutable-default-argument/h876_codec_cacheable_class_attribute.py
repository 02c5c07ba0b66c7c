"""Document encoder: encoder classes that declare `cacheable` get their output
memoised in a shared memo keyed by the document's items."""
import itertools

_docs = itertools.count()


class JsonEncoder:
    cacheable = True

    def __init__(self):
        self.indent = None

    def encode(self, doc):
        return "{" + ",".join(f'"{k}":{v!r}' for k, v in sorted(doc.items())) + "}"


def encode(doc, encoder_cls, memo={}):  # expect: HL101 confirmed
    key = tuple(sorted(doc.items()))
    if getattr(encoder_cls, "cacheable", None):
        if key not in memo:
            memo[key] = encoder_cls().encode(doc)
        return memo[key]
    return encoder_cls().encode(doc)


def scenario():
    n = next(_docs)
    return encode({"id": f"doc-{n}", "rev": f"r{n % 7}", "kind": "invoice"}, JsonEncoder)
