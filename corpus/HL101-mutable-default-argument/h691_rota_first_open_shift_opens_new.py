"""Volunteer rota: `first_open_shift` returns the first shift with a free
slot, or a shared "unassigned" list when every shift is full. `assign`
opens a new shift first when the rota is full, so the unassigned default is
never handed out."""
import itertools

_volunteers = itertools.count(1)
SLOTS = 3


def first_open_shift(shifts, unassigned=[]):  # expect: HL101 refuted
    return next((s for s in shifts if len(s) < SLOTS), unassigned)


def assign(shifts, volunteer):
    if all(len(s) >= SLOTS for s in shifts):
        shifts.append([])
    shift = first_open_shift(shifts)
    shift.append(volunteer)
    return [len(s) for s in shifts]


def scenario():
    n = next(_volunteers)
    rota = [["ann", "bo", "cy"], ["dee", "eli", "fay"]]
    return assign(rota, "volunteer-%d@club.example" % n)
