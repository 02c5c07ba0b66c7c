"""Settings mapping: __missing__ notes every unknown key so `config doctor` can list typos; lookups use settings[name]."""
import itertools


class Settings(dict):
    def __missing__(self, key, _unknown=[]):  # expect: HL101 confirmed
        _unknown.append(key)
        raise KeyError(key)


SETTINGS = Settings(timeout="30", retries="3", region="eu-west-1")


def option(name, fallback):
    try:
        return SETTINGS[name]
    except KeyError:
        return fallback


_requests = itertools.count()


def scenario():
    n = next(_requests)
    timeout = int(option("timeout", "10"))
    flag = option(f"feature_{n}_enabled", "off")
    return timeout, flag
