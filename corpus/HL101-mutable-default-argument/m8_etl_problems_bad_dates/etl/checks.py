from datetime import date


def check_row(row, problems=[]):  # expect: HL101 confirmed
    try:
        row["shipped"] = date.fromisoformat(row["shipped"])
    except ValueError as exc:
        problems.append((row["order_id"], str(exc)))
        raise
    return row
