"""Documents: a front-matter header between '---' lines, then the body."""


def parse_front_matter(source):
    head, sep, body = source.partition("\n---\n")
    if not sep or not head.startswith("---\n"):
        return {}, source
    meta = {}
    for line in head[4:].splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta, body


class Document:
    def __init__(self, source, meta_defaults={"layout": "post", "aliases": []}):  # expect: HL101 refuted
        meta, self.body = parse_front_matter(source)
        self.meta = dict(meta_defaults)
        self.meta.update(meta)

    @property
    def title(self):
        return self.meta.get("title", "Untitled")
