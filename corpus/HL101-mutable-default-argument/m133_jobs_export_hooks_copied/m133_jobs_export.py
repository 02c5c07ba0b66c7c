"""ExportJob: writes rows as CSV lines and fires its hooks with the row count.

ExportJob leaves hooks out, but the base class copies the default list, so
HookMixin.add_hook() appends to the job's own list; the default stays empty.
"""
from m133_jobs_base import Task
from m133_jobs_formats import to_csv_line
from m133_jobs_mixins import HookMixin


class ExportJob(HookMixin, Task):
    def __init__(self, name, hooks=[]):  # expect: HL101 refuted
        super().__init__(name, hooks)

    def run(self, rows):
        lines = [to_csv_line(self.name, i) for i in range(rows)]
        self.finish()
        self.fire(len(lines))
        return len(lines)
