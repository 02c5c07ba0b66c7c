import re

_EMPHASIS = re.compile(r"\*([^*]+)\*")


def emphasize(text):
    return _EMPHASIS.sub(r"<em>\1</em>", text)


def setup():
    return {"emphasize": emphasize}
