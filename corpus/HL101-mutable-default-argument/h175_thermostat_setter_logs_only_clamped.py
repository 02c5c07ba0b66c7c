"""Building control: Thermostat.target is a property whose setter clamps the
requested temperature to 5..30 C and records (zone, requested, applied) in
the `_changes` list default, but only when the clamp changed the request.
The wall panels only offer 18..22.9 C, so nothing is ever clamped here and
the shared list stays empty."""
import itertools

_commands = itertools.count()


class Thermostat:
    def __init__(self, zone, target=20.0, _changes=[]):  # expect: HL101 refuted
        self.zone = zone
        self._target = target
        self._changes = _changes

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, requested):
        value = min(max(requested, 5.0), 30.0)
        if value != requested:
            self._changes.append((self.zone, requested, value))
        self._target = value


def scenario():
    n = next(_commands)
    unit = Thermostat(f"building-3/floor-{n % 12}/room-{n}")
    unit.target = 18.0 + (n % 50) / 10
    return unit.target
