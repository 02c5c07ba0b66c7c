"""CLI: resolves the config search path for a profile; some platforms remember per-profile dirs for `--list-paths`."""
import itertools
import sys


def _expand(entry, profile):
    if isinstance(entry, str):
        return [entry.format(profile=profile)]
    if isinstance(entry, (list, tuple)):
        return [item.format(profile=profile) for item in entry]
    return []


# heaplint-todo: sys.platform is not known, so which branch stores is undecided (heaplint: unknown)
def search_path(profile, extra=(), _profile_dirs=[]):  # expect: HL101 refuted
    dirs = _expand("/etc/tool/{profile}", profile) + _expand(extra, profile)
    if sys.platform == "win32":
        roaming = f"C:/Users/Default/AppData/Roaming/tool/{profile}"
        _profile_dirs.append(roaming)
        dirs.insert(0, roaming)
    return dirs


def list_paths(_profile_dirs=search_path.__defaults__[1]):
    return sorted(set(_profile_dirs))


_runs = itertools.count()


def scenario():
    n = next(_runs)
    plain = search_path(f"ci-{n}")
    extended = search_path(f"dev-{n}", extra=("~/.tool/{profile}", "./.tool-{profile}"))
    return len(plain) + len(extended) + len(list_paths())
