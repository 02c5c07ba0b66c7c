"""Recipe importer: ToGrams is a callable converter registered per ingredient
in a class-level table. Its __call__ memoises the converted weight in a
default dict keyed by the whole quantity text, and every imported line has a
new amount, so the shared memo gains an entry per call."""
import itertools

_lines = itertools.count()


class ToGrams:
    FACTORS = {"g": 1.0, "kg": 1000.0, "lb": 453.592, "oz": 28.3495}

    def __call__(self, text, _memo={}):  # expect: HL101 confirmed
        amount, unit = text.split()
        if text not in _memo:
            _memo[text] = float(amount) * self.FACTORS[unit.lower()]
        return _memo[text]


class Recipe:
    CONVERTERS = {"flour": ToGrams(), "sugar": ToGrams(), "butter": ToGrams()}

    def weigh(self, items):
        return {name: self.CONVERTERS[name](qty) for name, qty in items.items()}


def scenario():
    n = next(_lines)
    units = ("g", "kg", "lb", "oz")
    return Recipe().weigh({"flour": f"{n}.25 {units[n % 4]}", "sugar": f"{n % 7 + 1} oz"})
