"""Package manifest walker: yields ``(path, size)`` for every file entry of a nested manifest."""
import itertools


class ManifestError(Exception):
    pass


def walk(entry, _path=[]):  # expect: HL101 refuted
    _path.append(entry["name"])
    try:
        if "children" in entry:
            for child in entry["children"]:
                yield from walk(child)
        else:
            yield "/".join(_path), int(entry["size"])
    except ValueError as exc:
        raise ManifestError(f"{'/'.join(_path)}: {exc}") from exc
    finally:
        _path.pop()


def first_oversized(manifest, limit):
    for path, size in walk(manifest):
        if size > limit:
            return path
    return None


_builds = itertools.count()


def scenario():
    n = next(_builds)
    files = [{"name": f"mod{i}.py", "size": str(i * 700 + n % 90)} for i in range(4)]
    manifest = {"name": f"pkg-{n}", "children": [{"name": "src", "children": files}]}
    broken = {"name": f"pkg-{n}-dev", "children": [{"name": "README", "size": "1.2k"}]}
    try:
        first_oversized(broken, 1000)
    except ManifestError:
        pass
    return first_oversized(manifest, 1000)
