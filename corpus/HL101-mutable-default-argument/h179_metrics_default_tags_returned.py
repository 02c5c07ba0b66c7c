"""StatsD emitter: default_tags() hands out the base tag list and every
metric adds its own service tag to what it got. The helper returns the
default list itself, so each emitted metric leaves one more tag in it."""
import itertools

_ids = itertools.count()


def default_tags(tags=["env:prod", "team:core"]):  # expect: HL101 confirmed
    return tags


def emit_gauge(name, value, service):
    tags = default_tags()
    tags.append(f"service:{service}")
    return f"{name}:{value}|g|#{tags[0]},{tags[1]},{tags[-1]}"


def scenario():
    n = next(_ids)
    line = emit_gauge("queue.depth", n % 97, f"billing-worker-{n}")
    return len(line)
