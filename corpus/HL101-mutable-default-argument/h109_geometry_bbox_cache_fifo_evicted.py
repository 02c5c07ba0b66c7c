"""Hit testing: `Shape.bounds()` calls the module's `bbox()` helper through the
class attribute `measure`; `bbox()` memoizes each shape's bounding box in its
dict default keyed by shape id, using `min`/`max` with coordinate keys. Once it
holds 32 boxes it evicts the oldest entry before adding one, so it stays bounded."""
import itertools
from operator import itemgetter

_frames = itertools.count()


def bbox(shape_id, points, _cache={}):  # expect: HL101 refuted
    box = _cache.get(shape_id)
    if box is None:
        if len(_cache) >= 32:
            del _cache[next(iter(_cache))]
        left, right = min(points, key=itemgetter(0))[0], max(points, key=itemgetter(0))[0]
        top, bottom = min(points, key=itemgetter(1))[1], max(points, key=itemgetter(1))[1]
        box = _cache[shape_id] = (left, top, right, bottom)
    return box


class Shape:
    measure = staticmethod(bbox)

    def __init__(self, element_id, points):
        self.id, self.points = element_id, points

    def bounds(self):
        return self.measure(self.id, self.points)

    def hit(self, x, y):
        left, top, right, bottom = self.bounds()
        return left <= x <= right and top <= y <= bottom


def scenario():
    n = next(_frames)
    k = n % 50
    shape = Shape("path-%d" % n, [(k, k + 1), (k + 40, k + 5), (k + 20, k + 30)])
    return shape.hit(k + 25, k + 10), shape.hit(k + 90, k), shape.bounds()
