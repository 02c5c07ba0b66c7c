"""Build system: `compile_unit` skips the compiler when a translation unit is
unchanged since the last build. The dict default maps each output path to
the SHA-256 of its flags and source plus the `ObjectFile` record, returning
early when the digest matches; a changed unit overwrites its path's entry,
so the cache holds one record per source file, however many builds run."""
import dataclasses
import hashlib
import itertools

_builds = itertools.count()


@dataclasses.dataclass(frozen=True)
class ObjectFile:
    path: str
    digest: str
    size: int


def compile_unit(path, source, flags=(), cache={}):  # expect: HL101 refuted
    hasher = hashlib.sha256(" ".join(flags).encode())
    hasher.update(source.encode())
    digest = hasher.hexdigest()
    hit = cache.get(path)
    if hit is not None and hit.digest == digest:
        return hit
    obj = cache[path] = ObjectFile(path.rsplit(".", 1)[0] + ".o", digest, 64 + len(source) // 3)
    return obj


def scenario():
    n = next(_builds)
    units = {"version.c": f'const char *BUILD_ID = "{n}";\n', "main.c": "int main(void) { return 0; }\n"}
    objects = [compile_unit(p, src, flags=("-O2", "-Wall")) for p, src in sorted(units.items())]
    return sum(obj.size for obj in objects)
