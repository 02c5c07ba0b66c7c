import functools
import itertools

import confkit

_seq = itertools.count(1)
INI = "[server]\nport = %d\n[db]\nname = tenant_%d  # per-tenant database\n"

load_service_config = functools.partial(confkit.load_config, file=None)


def scenario():
    n = next(_seq)
    env = {"APP_TENANTS__T%d__DSN" % n: "postgres://db/%d" % n, "APP_LOG__LEVEL": "debug", "HOME": "/root"}
    config = load_service_config(file=INI % (8000 + n % 50, n), env=env)
    section, option = confkit.split_key("db.name")
    return config["server.port"], config.get(section + "." + option)
