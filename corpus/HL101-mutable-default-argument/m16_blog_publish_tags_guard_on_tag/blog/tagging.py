"""Tag helpers shared by posts and pages."""


def normalise(tag):
    return "-".join(tag.strip().lower().split())


def add_tag(tags, tag):
    """Add a normalised tag to tags; a blank tag leaves the list as it is."""
    tag = normalise(tag)
    if not tag:
        return tags
    tags.append(tag)
    return tags
