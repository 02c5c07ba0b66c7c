from jobs import Job


class CsvExportJob(Job):
    def __init__(self, name, rows):
        super().__init__(name)
        self.rows = rows
        self.tmp_path = f"spool/{name}.csv.part"

    def _remove_temp(self, job):
        self.tmp_path = None

    def run(self):
        self.output = "\n".join(",".join(map(str, row)) for row in self.rows)
        state = self.finish()
        self._remove_temp(self)
        return state
