import itertools

import templating

_ids = itertools.count()


def scenario():
    n = next(_ids)
    context = {"name": f"customer{n}"}
    return templating.render(f"Hi {{{{name}}}}, order #{1000 + n} is confirmed.", context)
