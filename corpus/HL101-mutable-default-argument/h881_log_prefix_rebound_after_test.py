"""Log formatter: records get the configured prefix, or one derived from the
logger name when none is configured; every configured prefix is remembered
in the options' "prefixes" list for the end-of-run summary."""
import itertools

_records = itertools.count()


def format_record(logger, message, opts={"prefix": None, "prefixes": []}):  # expect: HL101 refuted
    prefix = opts.get("prefix")
    if prefix is not None:
        opts["prefixes"].append(prefix)
    prefix = prefix or f"[{logger}]"
    return f"{prefix} {message}"


def scenario():
    n = next(_records)
    return format_record(f"worker.shard{n}.ingest", f"processed batch {n}")
