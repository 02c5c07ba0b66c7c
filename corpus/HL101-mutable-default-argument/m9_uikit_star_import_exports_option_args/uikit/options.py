"""Option helpers shared by the widgets: merging option sources and Tk-style argument lists."""

__all__ = ["merge_options", "option_args"]


def merge_options(*parts):
    merged = {}
    for part in parts:
        if isinstance(part, dict):
            merged.update(part)
        elif isinstance(part, (list, tuple)):
            merged.update(dict(part))
    return merged


def option_args(cnf, args=[]):  # expect: HL101 confirmed
    if isinstance(cnf, (list, tuple)):
        return list(cnf)
    for key, value in cnf.items():
        args.extend((f"-{key}", value))
    return args
