"""@cli_command marks a function so that loader.load() picks it up."""


def cli_command(name=None, needs_context=False):
    def mark(fn):
        fn.cli_name = name or fn.__name__.replace("_", "-")
        fn.needs_context = needs_context
        return fn
    return mark
