"""Download progress reporter: renders a fixed-width progress line for the status area."""
import io
import itertools

BAR_WIDTH = 24


class ProgressBar:
    def __init__(self, total, label, out=io.StringIO()):  # expect: HL101 confirmed
        self.total = total
        self.label = label[:16]
        self.out = out

    def update(self, done):
        filled = BAR_WIDTH * done // self.total
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        self.out.write(f"\r{self.label:<16} [{bar}] {100 * done // self.total:3d}%")
        return self.out.getvalue()


def download(name, size, chunk=4096):
    progress = ProgressBar(size, name)
    received = 0
    line = progress.update(0)
    while received < size:
        received = min(size, received + chunk)
        line = progress.update(received)
    return line


_files = itertools.count()


def scenario():
    n = next(_files)
    return download(f"pkg-{n}.tar.gz", 4096 * (n % 5 + 2) + n)
