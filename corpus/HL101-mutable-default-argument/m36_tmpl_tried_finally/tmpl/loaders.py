"""Template loaders and the search-path candidate generator."""


class TemplateNotFound(LookupError):
    def __init__(self, name, tried):
        super().__init__("%s (tried: %s)" % (name, ", ".join(tried) or "nothing"))
        self.name, self.tried = name, tried


class DictLoader:
    def __init__(self, mapping):
        self.mapping = dict(mapping)

    def get_source(self, path):
        return self.mapping.get(path)


def iter_candidates(name, searchpath, tried=[]):  # expect: HL101 refuted
    """Yield lookup paths for ``name``, most specific directory first."""
    pieces = [p for p in name.replace("\\", "/").split("/") if p and p != "."]
    if ".." in pieces:
        raise ValueError("template path escapes the search path: %r" % name)
    try:
        for base in searchpath:
            candidate = "/".join([base.strip("/")] + pieces) if base else "/".join(pieces)
            tried.append(candidate)
            yield candidate
        raise TemplateNotFound(name, list(tried))
    finally:
        tried.clear()
