"""Effects: a generator turns a projectile's flight path into trail points,
averaging over the last few positions kept in a list default. The renderer
takes as many points as the trail has segments and drops the generator;
the history is emptied in a finally block, which also runs when the
abandoned generator is closed."""
import itertools

_shots = itertools.count()


def smooth_trail(points, window=3, history=[]):  # expect: HL101 refuted
    try:
        for x, y in points:
            history.append((x, y))
            recent = history[-window:]
            yield (sum(p[0] for p in recent) / len(recent), sum(p[1] for p in recent) / len(recent))
    finally:
        history.clear()


def ballistic(x0, vx, vy, g=9.8, dt=0.05):
    for i in itertools.count():
        t = i * dt
        yield (x0 + vx * t, vy * t - 0.5 * g * t * t)


def scenario():
    n = next(_shots)
    trail = smooth_trail(ballistic(float(n), 12.0, 20.0 + n % 5))
    return ["%.2f,%.2f" % p for p in itertools.islice(trail, 8)]
