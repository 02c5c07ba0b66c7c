"""CLI tool: the parser keeps its default options dict on self; `--set k=v` writes into it unless `-v` came first and swapped in a copy."""
import itertools


class ArgParser:
    def __init__(self, prog, defaults={"verbose": False, "color": "auto"}):  # expect: HL101 confirmed
        self.prog = prog
        self._opts = defaults

    def parse(self, argv):
        args = []
        it = iter(argv)
        for tok in it:
            if tok == "--set":
                self._override(next(it))
            elif tok == "-v":
                self._opts = dict(self._opts, verbose=True)
            else:
                args.append(tok)
        return self._opts, args

    def _override(self, pair):
        key, _, value = pair.partition("=")
        self._opts[key] = value


_runs = itertools.count()


def scenario():
    n = next(_runs)
    argv = ["build", f"target{n}"]
    if n % 2 == 0:
        argv += ["--set", f"cache_dir_{n}=/var/cache/{n}"]
    else:
        argv = ["-v"] + argv + ["--set", f"jobs_{n}={n % 8}"]
    return ArgParser("mk").parse(argv)
