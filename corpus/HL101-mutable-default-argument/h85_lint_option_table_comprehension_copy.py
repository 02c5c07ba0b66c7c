"""Linter configuration: --disable/--enable flags extend list options of a defaults table rebuilt per run."""
import itertools

OPTION_TYPES = {"disable": "csv", "enable": "csv", "max-line-length": "int", "jobs": "int"}


def build_options(argv, table={"disable": [], "enable": [], "max-line-length": 100, "jobs": 1}):  # expect: HL101 refuted
    table = {name: list(value) if isinstance(value, list) else value for name, value in table.items()}
    for arg in argv:
        name, _, value = arg.lstrip("-").partition("=")
        kind = OPTION_TYPES.get(name)
        if kind is None:
            raise SystemExit(f"unrecognized option: {arg}")
        if kind == "csv":
            table[name].extend(part.strip() for part in value.split(",") if part.strip())
        else:
            table[name] = int(value)
    return table


def parse_args(argv, **kwargs):
    return build_options([arg for arg in argv if arg.startswith("--")], **kwargs)


_runs = itertools.count()


def scenario():
    n = next(_runs)
    argv = ["--max-line-length=120", f"--disable=C0114,W{n:04d}", "src/", f"--enable=R{n % 900 + 100}"]
    options = parse_args(argv)
    return sorted(options["disable"]), options["max-line-length"]
