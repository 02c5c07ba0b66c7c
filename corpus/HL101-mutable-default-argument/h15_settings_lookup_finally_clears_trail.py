"""Settings resolver: dotted keys are looked up segment by segment; the trail is cleared in finally, KeyError or not."""
import itertools


class MissingSetting(LookupError):
    pass


def resolve(settings, dotted, _trail=[]):  # expect: HL101 refuted
    node = settings
    try:
        for part in dotted.split("."):
            _trail.append(part)
            node = node[part]
        return node
    except KeyError:
        raise MissingSetting(".".join(_trail)) from None
    finally:
        _trail.clear()


_lookups = itertools.count()


def scenario():
    n = next(_lookups)
    settings = {"db": {"host": f"db{n}.local", "port": 5432}, "cache": {"ttl": n % 60}}
    try:
        missing = resolve(settings, f"db.replica{n}.host")
    except MissingSetting as exc:
        missing = str(exc)
    return resolve(settings, "db.host"), resolve(settings, "cache.ttl"), missing
