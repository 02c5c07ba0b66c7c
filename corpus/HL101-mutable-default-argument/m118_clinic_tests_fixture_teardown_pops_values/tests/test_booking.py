from clinic import DoubleBooking

from .resources import calendar


def test_book_free_slot():
    cal = calendar()
    assert cal.book("09:30", "patient-a") == "09:30"
    assert cal.free_slots() == ["09:00", "10:00"]


def test_double_booking_rejected():
    cal = calendar()
    cal.book("10:00", "patient-a")
    try:
        cal.book("10:00", "patient-b")
    except DoubleBooking:
        return
    raise AssertionError("slot booked twice")
