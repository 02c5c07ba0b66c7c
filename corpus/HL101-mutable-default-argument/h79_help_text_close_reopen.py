"""Command-line help: prints usage and a wrapped description of each subcommand."""
import io
import itertools
import textwrap

WIDTH = 60
COMMANDS = (
    ("init", "Create a new project in the current directory with the default layout."),
    ("build", "Compile sources and bundle static assets into the output directory."),
    ("deploy", "Upload the build output to the configured target and switch traffic."),
)


def format_help(prog, commands, out=io.StringIO()):  # expect: HL101 refuted
    if out.closed:
        out = io.StringIO()
    print(f"usage: {prog} <command> [options]", file=out)
    print(file=out)
    for name, summary in commands:
        print(f"  {name}", file=out)
        print(textwrap.indent(textwrap.fill(summary, WIDTH - 6), " " * 6), file=out)
    text = out.getvalue()
    out.close()
    return text


_progs = itertools.count()


def scenario():
    n = next(_progs)
    extra = (f"plugin-{n}", f"Run plugin number {n} against every package in the workspace.")
    return format_help(f"tool{n}", COMMANDS + (extra,))
