"""Subprocess command builder: with_option() appends one --name=value flag
to an argv list and returns it, so calls can be chained. The first call of
each command starts from the default list, which it appends to in place:
every built command leaves its flags behind in the default."""
import itertools

_ids = itertools.count()


def with_option(name, value, argv=[]):  # expect: HL101 confirmed
    argv.append(f"--{name}={value}")
    return argv


def export_command(report_id, workers):
    argv = with_option("output", f"/var/exports/report-{report_id}.csv")
    argv = with_option("jobs", workers, argv)
    return ["exporter", "run"] + argv[-2:]


def scenario():
    n = next(_ids)
    return len(" ".join(export_command(n, 1 + n % 8)))
