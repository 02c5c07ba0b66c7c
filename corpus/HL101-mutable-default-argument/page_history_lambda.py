"""Analytics helper that tracks the last pages a visitor opened."""
import itertools

remember_page = lambda page, history=[]: history.append(page) or history[-5:]  # expect: HL101 confirmed


def track(visitor, page):
    recent = remember_page(f"{visitor}:{page}")
    return len(recent)


_visits = itertools.count()


def scenario():
    n = next(_visits)
    track(f"visitor-{n}", f"/products/{n}")
