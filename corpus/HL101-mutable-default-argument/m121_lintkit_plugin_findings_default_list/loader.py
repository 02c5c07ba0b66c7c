"""Loads the enabled plugins for one request and runs each over the source."""
from plugins.longline import LongLine
from plugins.trailing import TrailingWhitespace

ENABLED = (TrailingWhitespace, LongLine)


def lint(source):
    lines = source.splitlines()
    plugins = [cls() for cls in ENABLED]
    return {p.name: len(p.run(lines)) for p in plugins}
