"""In-app debug console: keeps recent log text for the admin panel, trimmed to a size budget."""
import io
import itertools
import logging

MAX_CHARS = 2000


class ConsoleHandler(logging.Handler):
    # heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 19 (heaplint: unknown)
    def __init__(self, stream=io.StringIO(),  # expect: HL101 confirmed
                 badges={"WARNING": "!", "ERROR": "x"}):  # expect: HL101 refuted
        super().__init__()
        self.stream = stream
        self.badges = badges
        self.setFormatter(logging.Formatter("%(name)s: %(message)s"))

    def emit(self, record):
        msg = f"{self.badges.get(record.levelname, ' ')} {self.format(record)}\n"
        if len(msg) > MAX_CHARS:
            tail = self.stream.getvalue()[len(msg) - MAX_CHARS:]
            self.stream.seek(0)
            self.stream.truncate()
            self.stream.write(tail)
        self.stream.write(msg)


logger = logging.getLogger("worker.jobs")
_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    console = ConsoleHandler()
    for level, step in ((logging.INFO, "start"), (logging.WARNING, "retry"), (logging.INFO, "done")):
        console.handle(logger.makeRecord(logger.name, level, __file__, 1, "job %d %s", (n, step), None))
    console.close()
    return console.stream.getvalue()[-60:]
