import itertools

import bus
from app import menus

_ids = itertools.count()


def scenario():
    n = next(_ids)
    menus.reset()
    bus.publish("menu.file.add", label=f"Recent: report-{n}.txt", underline=0)
    bus.publish("menu.file.add")  # a separator: no options at all
    return menus.rendered()
