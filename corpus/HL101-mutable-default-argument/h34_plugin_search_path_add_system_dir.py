"""Plugin loader: the search path may be one directory or several; a helper adds the system directory before the copy."""
import itertools


def add_system_dir(paths, name):
    paths.append(f"/usr/lib/myapp/plugins/{name}")
    return paths


def candidate_files(name, search_path=[]):  # expect: HL101 confirmed
    if isinstance(search_path, str):
        search_path = [search_path]
    dirs = list(add_system_dir(search_path, name))
    return [f"{d}/{name}.py" for d in dirs[-2:]]


_loads = itertools.count()


def scenario():
    n = next(_loads)
    found = candidate_files(f"exporter_{n}")
    found += candidate_files(f"importer_{n}", f"/home/user{n}/.myapp")
    return len(found)
