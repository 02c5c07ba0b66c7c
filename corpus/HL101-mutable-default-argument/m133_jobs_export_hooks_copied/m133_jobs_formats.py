"""Row formatting for the export jobs."""


def to_csv_line(job_name, index):
    return ",".join((job_name, str(index), "ok"))
