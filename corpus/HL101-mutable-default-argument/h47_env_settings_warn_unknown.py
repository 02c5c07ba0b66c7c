"""Settings loader: layered defaults plus MYAPP_* environment overrides."""
import itertools

_ids = itertools.count()

PREFIX = "MYAPP_"
DEFAULTS = (("debug", "0"), ("workers", "4"), ("log_level", "info"))
KNOWN = frozenset(name for name, _ in DEFAULTS)
DEPRECATED = {"verbose": "log_level", "threads": "workers"}


def load_settings(environ, _warned=set()):  # expect: HL101 confirmed
    settings = dict(DEFAULTS)
    notices = []
    warn_once = _warned.add
    for var, raw in sorted(environ.items()):
        if not var.startswith(PREFIX):
            continue
        name = var[len(PREFIX):].lower()
        if name in DEPRECATED:
            notices.append("%s is deprecated, use %s" % (var, DEPRECATED[name]))
            name = DEPRECATED[name]
        elif name not in KNOWN:
            if name not in _warned:
                warn_once(name)
                notices.append("ignoring unknown setting %s" % var)
            continue
        settings[name] = raw.strip()
    return settings, notices


def scenario():
    n = next(_ids)
    env = {"HOME": "/home/app", "MYAPP_DEBUG": str(n % 2), "MYAPP_THREADS": " %d " % (n % 9)}
    env["MYAPP_FEATURE_%d" % n] = "on"
    settings, notices = load_settings(env)
    int(settings["workers"])
