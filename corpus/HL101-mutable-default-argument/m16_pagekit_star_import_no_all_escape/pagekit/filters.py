"""Template filters for views: escape and truncate."""

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}


def escape(text):
    return "".join(_ENTITIES.get(ch, ch) for ch in str(text))


def truncate(text, width=40):
    return text if len(text) <= width else text[: width - 1] + "..."
