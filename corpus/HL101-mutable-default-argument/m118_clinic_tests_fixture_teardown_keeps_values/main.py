"""Tiny runner: each call runs the booking tests by name, tearing fixtures down after each."""
from tests import resources, support, test_booking

TEST_NAMES = ("test_book_free_slot", "test_double_booking_rejected")


def scenario():
    for name in TEST_NAMES:
        try:
            getattr(test_booking, name)()
        finally:
            support.teardown(resources.calendar)
    return len(TEST_NAMES)
