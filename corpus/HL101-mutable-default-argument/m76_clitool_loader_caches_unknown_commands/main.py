"""Shell session replay: each user runs a command, and some mistype one."""
import itertools

import clitool

_users = itertools.count()


def scenario():
    n = next(_users)
    ok = clitool.main(["greet", f"user{n}"])
    counted = clitool.main(["wordcount", f"the order {n} and the bill {n}"])
    typo = clitool.main([f"gret{n}", f"user{n}"])
    return ok, counted, typo
