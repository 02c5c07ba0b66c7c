"""Thermostat controller: `control()` is a send()-driven loop that hands
each heating cycle to `cycle()` with yield from, so readings sent to the
controller reach cycle() directly and its returned command comes back as the
value of yield from. cycle() keeps the readings in its default history, a
deque with maxlen=5 that drops the oldest reading on every append."""
import collections
import itertools

_zones = itertools.count()


def cycle(setpoint, history=collections.deque(maxlen=5)):  # expect: HL101 refuted
    command = "idle"
    while True:
        reading = yield command
        if reading is None:
            return command
        history.append(reading)
        recent = list(history)[-5:]
        command = "heat" if sum(recent) / len(recent) < setpoint else "idle"


def control(setpoint):
    offsets = itertools.cycle((0.0, 0.5))
    while True:
        yield from cycle(setpoint + next(offsets))


def run_zone(readings):
    ctl = control(21.0)
    next(ctl)
    commands = [ctl.send(reading) for reading in readings]
    ctl.send(None)
    ctl.close()
    return commands.count("heat")


def scenario():
    n = next(_zones)
    return run_zone([18.0 + (n % 7) * 0.5 + i * 0.25 for i in range(6)])
