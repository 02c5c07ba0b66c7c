"""Tenant settings loader: a configparser.BasicInterpolation subclass whose
before_get hook, called by ConfigParser.get() for interpolated reads, keeps
every expanded value for a debug dump in the `_expanded={}` default. Keys
are (section, option) and every tenant has its own section, so the dict
grows with every tenant loaded."""
import configparser
import itertools

_tenants = itertools.count()


class RecordingInterpolation(configparser.BasicInterpolation):
    # heaplint-todo: it flows into the constructor of a base class defined elsewhere, which heaplint cannot see (heaplint: unknown)
    def before_get(self, parser, section, option, value, defaults, _expanded={}):  # expect: HL101 confirmed
        result = super().before_get(parser, section, option, value, defaults)
        _expanded[(section, option)] = result
        return result


def scenario():
    n = next(_tenants)
    section = f"tenant_{n:06d}"
    parser = configparser.ConfigParser(interpolation=RecordingInterpolation())
    parser.read_string(f"[{section}]\nhost = db{n}.internal\n"
                       f"url = postgres://%(host)s:5432/app_{n}\n")
    return parser.get(section, "url")
