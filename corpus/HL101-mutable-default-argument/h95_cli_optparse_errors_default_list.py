"""getopt-style front end for a build tool: unknown options and bad values are collected into an error list the caller prints."""
import itertools


class OptionParser:
    known = {"--jobs": int, "--name": str, "--verbose": None, "--out": str}

    def parse(self, argv, errors=[]):  # expect: HL101 confirmed
        opts = {}
        args = iter(argv)
        for arg in args:
            key = arg.lstrip("-").replace("-", "_")
            if arg not in self.known:
                errors.append(f"unrecognized option {arg!r}")
                continue
            convert = self.known[arg]
            if convert is None:
                opts[key] = True
                continue
            raw = next(args, None)
            try:
                opts[key] = convert(raw)
            except (TypeError, ValueError):
                errors.append(f"{arg}: invalid value {raw!r}")
        return opts, errors


parser = OptionParser()
_runs = itertools.count()


def scenario():
    n = next(_runs)
    opts, errors = parser.parse(["--jobs", f"{n}x", "--name", f"nightly-{n}", "--verbose"])
    return len(opts) + len(errors)
