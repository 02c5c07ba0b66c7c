DEFAULT_ARGS = ["--batch", "--timeout=30"]


def build_argv(args, base=DEFAULT_ARGS):  # expect: HL101 confirmed
    """Extend base with args and return it, ready for the runner."""
    for arg in args:
        if not arg.startswith("-") and "=" in arg:
            raise ValueError(f"option without dashes: {arg!r}")
    base.extend(args)
    return base


def render(argv):
    return "deploy " + " ".join(argv)
