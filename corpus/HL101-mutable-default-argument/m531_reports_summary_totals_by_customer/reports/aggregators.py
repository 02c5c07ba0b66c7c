class Aggregator:
    """Adds each row's amount to the total of the group it belongs to."""

    def group_of(self, row):
        raise NotImplementedError

    def add(self, totals, row):
        group = self.group_of(row)
        totals[group] = totals.get(group, 0) + row["amount"]

    def top(self, totals):
        return max(totals.items(), key=lambda item: item[1])


class ByCustomer(Aggregator):
    def group_of(self, row):
        return row["customer"]


class ByRegion(Aggregator):
    def group_of(self, row):
        return row["region"]
