import os.path
import a.b.c as abc
from ..pkg import thing as other, more
def f():
    import json
    from collections import OrderedDict as OD
    try:
        pass
    except Exception as err:
        pass
    for i, (j, *k) in []:
        pass
    with open('x') as fh, open('y') as (g1, g2):
        pass
    del gone
    ann: int
    ann2: str = "s"
    obj.attr = 1
    seq[0] = 2
    aug += 1
    def inner():
        return json, OD, err, i, j, k, fh, g1, ann, ann2, aug
    return inner
