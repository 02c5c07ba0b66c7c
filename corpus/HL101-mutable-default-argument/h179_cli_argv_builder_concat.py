"""Subprocess command builder: with_option() adds one --name=value flag to
an argv list and returns it, so calls can be chained. It builds a new list
with `+` instead of appending, so the default list stays empty however many
commands are built."""
import itertools

_ids = itertools.count()


def with_option(name, value, argv=[]):  # expect: HL101 refuted
    argv = argv + [f"--{name}={value}"]
    return argv


def export_command(report_id, workers):
    argv = with_option("output", f"/var/exports/report-{report_id}.csv")
    argv = with_option("jobs", workers, argv)
    return ["exporter", "run"] + argv[-2:]


def scenario():
    n = next(_ids)
    return len(" ".join(export_command(n, 1 + n % 8)))
