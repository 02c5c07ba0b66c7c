"""Events published on the bus."""
import collections

Event = collections.namedtuple("Event", "kind room sender payload")
