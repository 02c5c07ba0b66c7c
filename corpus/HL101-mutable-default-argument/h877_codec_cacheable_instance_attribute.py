"""Document encoder: encoder classes that declare `cacheable` get their output
memoised in a shared memo keyed by the document's items; this encoder sets
the flag per instance in __init__."""
import itertools

_docs = itertools.count()


class JsonEncoder:
    indent = None

    def __init__(self):
        self.cacheable = True

    def encode(self, doc):
        return "{" + ",".join(f'"{k}":{v!r}' for k, v in sorted(doc.items())) + "}"


# heaplint-todo: `getattr(encoder_cls, "cacheable", None)` on a class whose instances set `cacheable`: other code may set it on the class too, so the test is not decided (heaplint: unknown)
def encode(doc, encoder_cls, memo={}):  # expect: HL101 refuted
    key = tuple(sorted(doc.items()))
    if getattr(encoder_cls, "cacheable", None):
        if key not in memo:
            memo[key] = encoder_cls().encode(doc)
        return memo[key]
    return encoder_cls().encode(doc)


def scenario():
    n = next(_docs)
    return encode({"id": f"doc-{n}", "rev": f"r{n % 7}", "kind": "invoice"}, JsonEncoder)
