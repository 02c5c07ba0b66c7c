RESERVED = frozenset({"default", "all"})
_PIPELINES = {}


def install(name, steps):
    _PIPELINES[name] = steps
    return _PIPELINES[name]


def add_step(name, step):
    try:
        _PIPELINES[name].append(step)
    except KeyError:
        raise LookupError("no pipeline named %r" % name) from None


def run(name, rows):
    done = []
    for row in rows:
        for step in _PIPELINES[name]:
            row = step(row)
            if row is None:
                break
        else:
            done.append(row)
    return done
