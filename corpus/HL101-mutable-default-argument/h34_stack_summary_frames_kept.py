"""Error reporter: a StackSummary accepts one frame or a list of frames; an empty default list is kept as self.frames."""
import itertools


class StackSummary:
    def __init__(self, frames=[]):  # expect: HL101 confirmed
        if not isinstance(frames, list):
            frames = [frames]
        self.frames = frames

    def push(self, filename, lineno, name):
        self.frames.append((filename, lineno, name))
        return self

    def format(self):
        return "".join(f'  File "{f}", line {l}, in {n}\n' for f, l, n in self.frames[-2:])


_errors = itertools.count()


def scenario():
    n = next(_errors)
    summary = StackSummary()
    summary.push(f"/srv/app/jobs/job_{n}.py", 10 + n % 90, "run")
    summary.push("/srv/app/worker.py", 42, f"handle_{n}")
    return summary.format()
