"""Analytics: make_accumulator returns a closure over its list default, so every session shares one list."""
import itertools
import statistics
from typing import Callable


def make_accumulator(initial: list[float] = []) -> Callable[[float], float]:  # expect: HL101 confirmed
    values = initial

    def add(sample: float) -> float:
        values.append(sample)
        return statistics.fmean(values)

    return add


def session_duration(events: list[tuple[str, float]]) -> float:
    starts = {name: ts for name, ts in events if name.startswith("start")}
    ends = {name: ts for name, ts in events if name.startswith("end")}
    return max(ends.values(), default=0.0) - min(starts.values(), default=0.0)


def summarize(session_id: str, events) -> dict:
    mean_duration = make_accumulator()
    avg = mean_duration(session_duration(events))
    return {"session": session_id, "avg": round(avg, 2)}


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    events = [("start", float(n)), ("click", n + 0.5), ("end", n + 3.0 + n % 7)]
    return summarize(f"s-{n}", events)
