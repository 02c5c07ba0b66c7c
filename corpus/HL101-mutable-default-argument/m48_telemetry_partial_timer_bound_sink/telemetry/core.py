"""Metric samples as (kind, name, value, tags) tuples appended to a sink."""


def record(kind, name, value, tags=(), sink=[]):  # expect: HL101 refuted
    sink.append((kind, name, value, tuple(sorted(tags))))
    return len(sink)


def render(sample):
    kind, name, value, tags = sample
    suffix = "|#" + ",".join(tags) if tags else ""
    return f"{name}:{value}|{kind}{suffix}"
