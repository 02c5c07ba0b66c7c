import itertools

import cliapp.commands.build as build

_ids = itertools.count()


def scenario():
    n = next(_ids)
    cmd = build.run(["--target=release", f"-DBUILD_ID_{n}={n}"])
    return " ".join(cmd)
