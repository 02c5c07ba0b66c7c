class PriceCache:
    """A memo of sku -> price around the dict it is given."""

    def __init__(self, entries):
        self.entries = entries

    def get(self, sku, load):
        if sku not in self.entries:
            self.entries[sku] = load(sku)
        return self.entries[sku]

    def invalidate(self):
        self.entries.clear()
