import itertools

import devtool

_runs = itertools.count(1)


def scenario():
    n = next(_runs)
    argv = ["build", "--target=sdist" if n % 2 else "--target=wheel", "-j%d" % (n % 8 + 1)]
    assert devtool.main(argv) == 0
    assert devtool.build.LAST_RESULT["jobs"] == n % 8 + 1
