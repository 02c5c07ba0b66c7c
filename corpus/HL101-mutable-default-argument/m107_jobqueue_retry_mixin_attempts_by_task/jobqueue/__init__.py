"""jobqueue: task kinds looked up by name."""
from .kinds import EmailTask, ReportTask

KINDS = {"email": EmailTask, "report": ReportTask}


def submit(kind, ident, *args):
    return KINDS[kind](ident, *args).run_with_retry()
