class Unit:
    __slots__ = ("symbol", "scale", "base")

    def __init__(self, symbol, scale=1.0, base=None):
        self.symbol = symbol
        self.scale = scale
        self.base = base or symbol

    def __repr__(self):
        return f"<Unit {self.symbol} = {self.scale:g} {self.base}>"
