"""PDF drawing: a polyline keeps its vertices on self; quadratic curves are flattened into extra vertices."""
import itertools


def flatten_quad(p0, p1, p2, steps=4):
    for i in range(1, steps + 1):
        t, u = i / steps, 1 - i / steps
        yield (u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1])


class Polyline:
    def __init__(self, points=[], stroke="0 0 0 RG"):  # expect: HL101 confirmed
        self.points = points
        self.stroke = stroke

    def line_to(self, x, y):
        self.points += [(float(x), float(y))]
        return self

    def quad_to(self, cx, cy, x, y):
        self.points += flatten_quad(self.points[-1], (cx, cy), (x, y))
        return self

    def translated(self, dx, dy):
        return Polyline([(x + dx, y + dy) for x, y in self.points], self.stroke)

    def content_stream(self):
        lo = min(self.points, key=lambda p: p[1])
        ops = [f"{x:.2f} {y:.2f} {'l' if i else 'm'}" for i, (x, y) in enumerate(self.points)]
        return "\n".join([f"% lowest vertex {lo[0]:.1f},{lo[1]:.1f}", self.stroke, *ops, "S"])


_shapes = itertools.count()


def scenario():
    n = next(_shapes)
    x = n % 500
    outline = Polyline().line_to(x, 20).quad_to(x + 30, 80, x + 60, 20)
    return outline.translated(36, 36).content_stream()
