from . import config

__all__ = ["emit", "format_line"]


def _clean(name):
    return "".join(c if c.isalnum() or c in "._" else "_" for c in name)


def format_line(name, value, tags, kind="ms"):
    line = f"{config.PREFIX}{_clean(name)}:{value}|{kind}"
    if config.SAMPLE_RATE < 1.0:
        line += f"|@{config.SAMPLE_RATE}"
    if tags:
        line += "|#" + ",".join(tags)
    return line


def emit(name, value, source=None, tags=config.DEFAULT_TAGS):  # expect: HL101 confirmed
    """Format a metric line; source, if given, is added as a tag."""
    if source:
        tags.append(f"source:{source}")
    return format_line(name, value, tags)
