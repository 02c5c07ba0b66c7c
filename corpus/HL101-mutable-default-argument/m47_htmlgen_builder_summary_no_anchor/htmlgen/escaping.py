_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}


def esc(value):
    return "".join(_ENTITIES.get(ch, ch) for ch in str(value))


def slug(text):
    return "-".join("".join(ch for ch in word if ch.isalnum()) for word in text.lower().split())
