"""Tag helpers shared by posts and pages."""


def normalise(tag):
    return "-".join(tag.strip().lower().split())


def add_tag(tags, tag):
    """Add a normalised tag to tags; a post without tags yet gets a list of its own."""
    tag = normalise(tag)
    if not tags:
        return [tag] if tag else []
    tags.append(tag)
    return tags
