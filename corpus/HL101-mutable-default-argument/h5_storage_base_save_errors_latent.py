"""Storage: the base save() collects errors in a list default; the subclass always hands it a fresh list."""
import datetime
import itertools


class Storage:
    def __init__(self):
        self.rows: dict[str, dict] = {}

    def validate(self, record: dict, errors: list[str]) -> None:
        if not record.get("id"):
            errors.append("missing id")

    def save(self, record: dict, errors: list[str] = []) -> list[str]:  # expect: HL101 unknown
        self.validate(record, errors)
        if not errors:
            self.rows[record["id"]] = record
        return errors


class AuditedStorage(Storage):
    def validate(self, record: dict, errors: list[str]) -> None:
        super().validate(record, errors)
        if "at" not in record:
            errors.append(f"{record.get('id')}: missing timestamp")

    def save(self, record: dict, errors: list[str] | None = None) -> list[str]:
        return super().save(record, [] if errors is None else errors)


_events = itertools.count()


def scenario():
    n = next(_events)
    store = AuditedStorage()
    store.save({"id": f"evt-{n}", "at": datetime.datetime(2024, 1, 1).isoformat()})
    return store.save({"id": f"evt-{n}-b"})
