"""Interactive admin shell: a list subclass keeps the most recent commands for recall."""
import itertools
import shlex


class History(list):
    def __init__(self, iterable=(), maxlen=20):
        super().__init__(iterable)
        self.maxlen = maxlen

    def append(self, item):
        super().append(item)
        del self[: -self.maxlen]


class Shell:
    def __init__(self, prompt="admin> ", history=History(maxlen=20)):  # expect: HL101 confirmed
        self.prompt = prompt
        self.history = history

    def run_script(self, text):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        self.history.extend(lines)
        return [self.execute(shlex.split(line)) for line in lines]

    def execute(self, argv):
        command, *args = argv
        return f"{command}: {len(args)} argument(s)"


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    shell = Shell()
    return shell.run_script(f"user add 'guest {n}' --group staff\n\nuser lock guest{n}\n")
