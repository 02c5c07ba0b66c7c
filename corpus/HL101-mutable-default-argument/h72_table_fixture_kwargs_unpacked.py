"""Tests for a small schema builder; the fixture helper forwards table options as keywords."""
import itertools
import unittest

_ids = itertools.count()


class Table:
    def __init__(self, name, **options):
        self.name = name
        self.options = options
        self.columns = []

    def add_column(self, column, kind="text"):
        self.columns.append(column)
        self.options.setdefault("types", {})[column] = kind
        return self

    def ddl(self):
        cols = ", ".join(f"{c} {self.options['types'][c]}" for c in self.columns)
        return f"CREATE TABLE {self.name} ({cols})"


class TableTests(unittest.TestCase):
    def make_table(self, name, table_kwargs={}):  # expect: HL101 refuted
        return Table(name, **table_kwargs)

    def test_single_column_ddl(self):
        n = next(_ids)
        table = self.make_table(f"orders_{n}").add_column(f"note_{n}")
        self.assertEqual(table.ddl(), f"CREATE TABLE orders_{n} (note_{n} text)")

    def test_typed_column(self):
        n = next(_ids)
        table = self.make_table(f"events_{n}").add_column(f"at_{n}", "timestamp")
        self.assertTrue(table.ddl().endswith(f"(at_{n} timestamp)"))


def scenario():
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(TableTests).run(result)
    assert result.wasSuccessful(), result.failures + result.errors
