"""Dataset descriptors for an array-storage toolkit, built from parsed config sections."""
import itertools

_ids = itertools.count()
KNOWN_OPTIONS = frozenset({"path", "dtype", "chunks", "compression"})


class Dataset:
    def __init__(self, name, options):
        self.name = name
        self.options = options

    @classmethod
    def from_config(cls, section, _base={"dtype": "float64", "chunks": 1024}):  # expect: HL101 confirmed
        name = section.get("name") or "unnamed"
        options = _base
        options.update((k, v) for k, v in section.items() if k != "name")
        if options.get("compression", "gzip") not in ("gzip", "lz4", "none"):
            raise ValueError("unsupported compression for dataset %r" % name)
        return cls(name, options)

    def shape_hint(self, rows):
        chunks = int(self.options["chunks"])
        return (rows + chunks - 1) // chunks, chunks


def parse_section(text):
    pairs = (line.split("=", 1) for line in text.splitlines() if "=" in line)
    return {key.strip().lower(): value.strip() for key, value in pairs}


def scenario():
    n = next(_ids)
    text = "name = temps-%d\npath = /data/temps-%d.h5\nchunks = 256\nattr.sample_%d = ok\n" % (n, n, n)
    dataset = Dataset.from_config(parse_section(text))
    return dataset.name, dataset.shape_hint(1000 + n)
