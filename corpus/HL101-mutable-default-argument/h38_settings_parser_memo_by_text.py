"""Env loader: the default EnvParser memoises parsed documents by their text in an instance dict."""
import itertools


class EnvParser:
    def __init__(self):
        self._parsed = {}

    def parse(self, text):
        cached = self._parsed.get(text)
        if cached is None:
            cached = dict(
                line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#")
            )
            self._parsed[text] = cached
        return cached


class Environment:
    def __init__(self, text, parser=EnvParser()):  # expect: HL101 confirmed
        self._parser = parser
        self._vars = self._parser.parse(text)

    def __getitem__(self, name):
        return self._vars[name]


_builds = itertools.count()


def scenario():
    n = next(_builds)
    env = Environment(f"# build {n}\nBUILD_ID={n}\nBRANCH=feature-{n}\n")
    return env["BRANCH"]
