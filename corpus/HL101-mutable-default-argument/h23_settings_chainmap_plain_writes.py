"""Settings resolution: command-line values layered over the packaged defaults with a chain of maps."""
import itertools
from collections import ChainMap


class DeepChainMap(ChainMap):
    """ChainMap that updates a key in whichever map already holds it (recipe from the docs)."""

    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value


def resolve(cli, defaults={"workers": 2, "tags": ()}):  # expect: HL101 refuted
    settings = ChainMap(cli, defaults)
    settings["tags"] = settings["tags"] + (f"run:{cli['source']}",)
    return settings


def start(argv):
    cli = dict(arg.lstrip("-").split("=", 1) for arg in argv)
    settings = resolve(cli)
    return f"{settings['workers']}:{len(settings['tags'])}"


_runs = itertools.count()


def scenario():
    n = next(_runs)
    return len(start([f"--workers={n % 8 + 1}", f"--source=run{n}"]))
