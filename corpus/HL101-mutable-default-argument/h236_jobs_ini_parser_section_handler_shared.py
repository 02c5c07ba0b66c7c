"""Job scheduler: each submitted job comes with a small INI snippet. The Parser
keeps the parsed sections on self and dispatches every line through a dict of
handlers (bound methods stored in __init__); the section handler opens a
section with setdefault() on the `sections` default itself, so every job's
[job.<id>] section and its keys stay in the default."""
import itertools

_jobs = itertools.count()


class Parser:
    def __init__(self, sections={"defaults": {"retries": "3", "queue": "normal"}}):  # expect: HL101 confirmed
        self.sections = sections
        self.current = self.sections["defaults"]
        self.handlers = {"[": self._on_section, "#": self._on_comment}

    def _on_section(self, line):
        self.current = self.sections.setdefault(line.strip("[] "), {})

    def _on_comment(self, line):
        pass

    def _on_assign(self, line):
        key, _, value = line.partition("=")
        self.current[key.strip()] = value.strip()

    def parse(self, text):
        for line in filter(None, map(str.strip, text.splitlines())):
            self.handlers.get(line[0], self._on_assign)(line)
        return self.sections


def scenario():
    n = next(_jobs)
    text = f"# submitted by ci\n[job.{n}]\ncommand = make test-{n}\nqueue = fast\n"
    return len(Parser().parse(text)[f"job.{n}"])
