"""Importer tests: a TestCase helper checks that every imported row carries
the required columns and that no id was seen before, remembering each id."""
import itertools
import unittest

_files = itertools.count()


def import_rows(batch):
    return [{"id": f"{batch}-{i}", "sku": f"SKU{i}", "qty": i + 1} for i in range(3)]


class ImportTests(unittest.TestCase):
    def assertRowsValid(
        self,
        rows,
        required=["id", "sku", "qty"],  # expect: HL101 refuted
        seen=set(),  # expect: HL101 confirmed
    ):
        for row in rows:
            for column in required:
                self.assertIn(column, row)
            self.assertNotIn(row["id"], seen)
            seen.add(row["id"])

    def test_import_batch(self):
        rows = import_rows(f"b{next(_files)}")
        self.assertRowsValid(rows)
        self.assertEqual(sorted(row["qty"] for row in rows), [1, 2, 3])


def scenario():
    result = unittest.TestResult()
    ImportTests("test_import_batch").run(result)
    return result.wasSuccessful()
