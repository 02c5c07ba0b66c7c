"""Build farm: each build compiles one freshly committed app plus vendored code."""
import itertools

from forge.builder import Builder

_builds = itertools.count()

VENDORED = {
    "vendor/crc32.c": b"unsigned crc32(const char *p, int n) { return n; }\n",
    "vendor/strbuf.c": b"void strbuf_init(void *b) { (void)b; }\n",
}


def scenario():
    n = next(_builds)
    sources = dict(VENDORED)
    sources[f"src/app{n}.c"] = f"int app_{n}(void) {{ return {n}; }}\n".encode()
    return Builder(f"//app{n}:bin").build(sources)
