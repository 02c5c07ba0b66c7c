"""Effects: a generator turns a projectile's flight path into trail points,
averaging over the last few positions kept in a list default. The history
is emptied after the loop, but the flight path never ends and the renderer
drops the generator after eight points; closing it raises GeneratorExit at
the yield, so the clear never runs and every shot's points stay."""
import itertools

_shots = itertools.count()


def smooth_trail(points, window=3, history=[]):  # expect: HL101 confirmed
    for x, y in points:
        history.append((x, y))
        recent = history[-window:]
        yield (sum(p[0] for p in recent) / len(recent), sum(p[1] for p in recent) / len(recent))
    history.clear()


def ballistic(x0, vx, vy, g=9.8, dt=0.05):
    for i in itertools.count():
        t = i * dt
        yield (x0 + vx * t, vy * t - 0.5 * g * t * t)


def scenario():
    n = next(_shots)
    trail = smooth_trail(ballistic(float(n), 12.0, 20.0 + n % 5))
    return ["%.2f,%.2f" % p for p in itertools.islice(trail, 8)]
