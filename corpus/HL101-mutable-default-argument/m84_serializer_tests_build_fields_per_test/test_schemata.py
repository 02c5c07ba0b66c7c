"""Unit tests for schemata: fields built per test, plus one declared serializer."""
import unittest

from schemata import Serializer, fields
from schemata.fields import *  # noqa: F403  (Field, CharField, IntegerField)


class OrderSerializer(Serializer):
    sku = CharField(max_length=12)  # noqa: F405
    quantity = IntegerField(min_value=1)  # noqa: F405


def build(module, kind, **options):
    return getattr(module, kind)(**options)


class FieldTests(unittest.TestCase):
    limit = 20  # main.py sets fresh limits and data before each run
    floor = 1
    sku = "SKU-0"

    def test_max_length_rejects_long_text(self):
        field = build(fields, "CharField", max_length=self.limit)
        with self.assertRaises(ValueError):
            field.run_validation("x" * (self.limit + 1))

    def test_min_value_accepts_floor(self):
        field = IntegerField(min_value=self.floor)  # noqa: F405
        self.assertEqual(field.run_validation(str(self.floor)), self.floor)

    def test_declared_serializer_accepts_order(self):
        serializer = OrderSerializer({"sku": self.sku, "quantity": str(self.floor)})
        self.assertTrue(serializer.is_valid(), serializer.errors)
        self.assertEqual(serializer.validated_data["sku"], self.sku)
