"""Build step: compile() turns one source file into an object name. The
_note() helper keeps a "seen" list in whatever mapping it is given. It always
runs on a throwaway copy of the flags; in verbose mode it also runs on the
flags mapping itself so a later summary can list every file."""
import itertools

_sources = itertools.count(1)


def _note(flags, path):
    flags.setdefault("seen", []).append(path)
    return len(flags["seen"])


def compile_unit(path, flags={"verbose": False, "opt": 2}):  # expect: HL101 refuted
    step = _note(dict(flags), path)
    if flags.get("verbose"):
        _note(flags, path)
    level = flags.get("opt", 0)
    return f"{path.rsplit('.', 1)[0]}.O{level}.o#{step}"


def scenario():
    n = next(_sources)
    return compile_unit(f"src/module_{n}.c")
