"""Pure-Python escaping, as markupsafe's _native."""
__all__ = ["escape"]

_TABLE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;"})


def escape(text):
    return str(text).translate(_TABLE)
