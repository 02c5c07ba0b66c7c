"""Market-data feed: a `Subject` per ticker keeps the observers that want its
price updates. The constructor stores its observer-list default as is, so
every subject built without observers shares it and each session's alert
stays attached to it for good."""
import dataclasses
import itertools

_ticks = itertools.count()


@dataclasses.dataclass
class PriceAlert:
    owner: str
    threshold: float

    def __call__(self, symbol, price):
        return "%s: %s crossed %.2f" % (self.owner, symbol, price) if price >= self.threshold else None


class Subject:
    def __init__(self, symbol, observers=[]):  # expect: HL101 confirmed
        self.symbol = symbol
        self._observers = observers

    @property
    def observer_count(self):
        return len(self._observers)

    def attach(self, observer):
        self._observers.append(observer)

    def publish(self, price):
        return [observer(self.symbol, price) for observer in self._observers[-4:]]


def scenario():
    n = next(_ticks)
    subject = Subject("TICK%d" % n)
    subject.attach(PriceAlert("user-%d" % n, threshold=100.0 + n % 7))
    return subject.publish(99.5 + n % 11), subject.observer_count
