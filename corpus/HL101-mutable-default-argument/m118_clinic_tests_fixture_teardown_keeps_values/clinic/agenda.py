class DoubleBooking(Exception):
    pass


class Calendar:
    def __init__(self, doctor, slots):
        self.doctor = doctor
        self.booked = dict.fromkeys(slots)
        self.closed = False

    def book(self, slot, patient):
        if self.closed:
            raise RuntimeError("calendar is closed")
        if self.booked.get(slot) is not None:
            raise DoubleBooking(f"{slot} already taken by {self.booked[slot]}")
        self.booked[slot] = patient
        return slot

    def free_slots(self):
        return [slot for slot, who in self.booked.items() if who is None]

    def close(self):
        self.closed = True
