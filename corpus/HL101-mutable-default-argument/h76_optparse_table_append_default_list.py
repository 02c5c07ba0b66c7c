"""Lint command: the optparse parser is built from an option table, then argv is parsed per run."""
import itertools
import optparse


# heaplint-todo: it flows into `parser.add_option()`, which heaplint cannot see (heaplint: unknown)
def make_parser(prog, table={  # expect: HL101 confirmed
    "--include": {"action": "append", "dest": "include", "default": [], "metavar": "GLOB"},
    "--max-line-length": {"type": "int", "dest": "max_line_length", "default": 88},
    "--quiet": {"action": "store_true", "dest": "quiet", "default": False},
}):
    parser = optparse.OptionParser(prog=prog, add_help_option=False)
    for flag, spec in table.items():
        parser.add_option(flag, **spec)
    return parser


def run_lint(argv):
    options, paths = make_parser("lint").parse_args(argv)
    include = options.include or ["*.py"]
    return {
        "paths": paths,
        "include": include,
        "max_line_length": options.max_line_length,
    }


_runs = itertools.count()


def scenario():
    n = next(_runs)
    argv = ["--include", f"pkg{n}/*.py", "--max-line-length", str(80 + n % 40), f"src/mod_{n}.py"]
    return run_lint(argv)
