"""Volunteer rota: `first_open_shift` returns the first shift with a free
slot, or a shared "unassigned" list when every shift is full; `assign`
books the volunteer into whatever it gets. With a full rota each booking
lands in the unassigned default."""
import itertools

_volunteers = itertools.count(1)
SLOTS = 3


def first_open_shift(shifts, unassigned=[]):  # expect: HL101 confirmed
    return next((s for s in shifts if len(s) < SLOTS), unassigned)


def assign(shifts, volunteer):
    shift = first_open_shift(shifts)
    shift.append(volunteer)
    return [len(s) for s in shifts]


def scenario():
    n = next(_volunteers)
    rota = [["ann", "bo", "cy"], ["dee", "eli", "fay"]]
    return assign(rota, "volunteer-%d@club.example" % n)
