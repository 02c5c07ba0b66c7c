"""Recipe importer: ToGrams is a callable converter registered per ingredient
in a class-level table. Its __call__ memoises the conversion factor in a
default dict keyed by the unit suffix, so the memo holds only the few units
seen (g, kg, lb, oz) however many quantities are converted."""
import itertools

_lines = itertools.count()


class ToGrams:
    FACTORS = {"g": 1.0, "kg": 1000.0, "lb": 453.592, "oz": 28.3495}

    # heaplint-todo: the store at line 16 was not reached: the model raised KeyError at line 16, which real callers may not (heaplint: unknown)
    def __call__(self, text, _memo={}):  # expect: HL101 refuted
        amount, unit = text.split()
        if unit not in _memo:
            _memo[unit] = self.FACTORS[unit.lower()]
        return float(amount) * _memo[unit]


class Recipe:
    CONVERTERS = {"flour": ToGrams(), "sugar": ToGrams(), "butter": ToGrams()}

    def weigh(self, items):
        return {name: self.CONVERTERS[name](qty) for name, qty in items.items()}


def scenario():
    n = next(_lines)
    units = ("g", "kg", "lb", "oz")
    return Recipe().weigh({"flour": f"{n}.25 {units[n % 4]}", "sugar": f"{n % 7 + 1} oz"})
