"""ExportJob: writes rows as CSV lines and fires its hooks with the row count.

ExportJob leaves hooks out, so the base class stores the one default list in
every job, and HookMixin.add_hook() appends a fresh partial to it per run.
"""
from m133_jobs_base import Task
from m133_jobs_formats import to_csv_line
from m133_jobs_mixins import HookMixin


class ExportJob(HookMixin, Task):
    def __init__(self, name, hooks=[]):  # expect: HL101 confirmed
        super().__init__(name, hooks)

    def run(self, rows):
        lines = [to_csv_line(self.name, i) for i in range(rows)]
        self.finish()
        self.fire(len(lines))
        return len(lines)
