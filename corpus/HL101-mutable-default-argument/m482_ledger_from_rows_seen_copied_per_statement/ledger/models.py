from dataclasses import dataclass, field


@dataclass
class Statement:
    account: str
    entries: list = field(default_factory=list)

    @classmethod
    def from_rows(cls, account, rows, seen=set()):  # expect: HL101 refuted
        """Build a statement, skipping repeated transaction ids within this batch."""
        seen = set(seen)
        statement = cls(account)
        for txn_id, amount in rows:
            if txn_id in seen:
                continue
            seen.add(txn_id)
            statement.entries.append((txn_id, amount))
        return statement

    def balance(self):
        return round(sum(amount for _, amount in self.entries), 2)
