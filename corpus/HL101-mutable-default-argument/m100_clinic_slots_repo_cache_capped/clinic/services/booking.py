OPENING_HOURS = range(9, 17)


def open_slots(repo, doctor, day):
    """`repo` is the repository module to read from (swapped for a fake in tests)."""
    taken = repo.taken_slots(doctor, day)
    return [f"{day}T{hour:02d}:00" for hour in OPENING_HOURS if hour not in taken]
