"""Tag normalisation; the default alias table is only read."""


def canonical_tag(tag, aliases={"js": "javascript", "py": "python", "k8s": "kubernetes"}):  # expect: HL101 refuted
    tag = tag.strip().lower()
    return aliases.get(tag, tag)


def split_tags(raw):
    parts = raw.replace(";", ",").split(",")
    return [p for p in (part.strip() for part in parts) if p]
