import itertools

from app.textkit import *

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    title = f"Crème brûlée recipe #{n}"
    return slugify(title), slugify("Desserts")
