from .argv import build_argv, render


def check(version):
    """A dry run never touches the batch defaults: it starts from its own list."""
    argv = build_argv(["--version", version], base=["--dry-run"])
    return render(argv)
