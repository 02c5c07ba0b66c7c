"""Plugin loader: the search path may be one directory or several; a helper only checks iterability before the copy."""
import itertools


def is_iterable(obj):
    try:
        iter(obj)
    except TypeError:
        return False
    return True


def candidate_files(name, search_path=[]):  # expect: HL101 refuted
    if isinstance(search_path, str) or not is_iterable(search_path):
        search_path = [search_path]
    dirs = list(search_path)
    dirs.append(f"/usr/lib/myapp/plugins/{name}")
    return [f"{d}/{name}.py" for d in dirs]


_loads = itertools.count()


def scenario():
    n = next(_loads)
    found = candidate_files(f"exporter_{n}")
    found += candidate_files(f"importer_{n}", f"/home/user{n}/.myapp")
    return len(found)
