"""Build system: `compile_unit` skips the compiler when an identical
translation unit was built before, looking up the SHA-256 of its flags and
source in a dict default and returning early on a hit. Every build compiles a
freshly generated `version.c` stamped with the build number, so each build
adds a new digest and its `ObjectFile` record to the cache."""
import dataclasses
import hashlib
import itertools

_builds = itertools.count()


@dataclasses.dataclass(frozen=True)
class ObjectFile:
    path: str
    digest: str
    size: int


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 24 (heaplint: unknown)
def compile_unit(path, source, flags=(), cache={}):  # expect: HL101 confirmed
    hasher = hashlib.sha256(" ".join(flags).encode())
    hasher.update(source.encode())
    digest = hasher.hexdigest()
    hit = cache.get(digest)
    if hit is not None:
        return hit
    obj = cache[digest] = ObjectFile(path.rsplit(".", 1)[0] + ".o", digest, 64 + len(source) // 3)
    return obj


def scenario():
    n = next(_builds)
    units = {"version.c": f'const char *BUILD_ID = "{n}";\n', "main.c": "int main(void) { return 0; }\n"}
    objects = [compile_unit(p, src, flags=("-O2", "-Wall")) for p, src in sorted(units.items())]
    return sum(obj.size for obj in objects)
