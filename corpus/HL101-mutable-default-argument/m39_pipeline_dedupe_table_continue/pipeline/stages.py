def unique_by(records, key="id", seen=set()):  # expect: HL101 confirmed
    """Drop records whose key appeared earlier in this run or a finished run.

    Keys are only committed to ``seen`` once the input was read to the end,
    so an aborted run does not hide records from the next attempt.
    """
    batch = []
    for record in records:
        value = record.get(key)
        if value is None or value in seen or value in batch:
            continue
        batch.append(value)
        yield record
    seen.update(batch)
